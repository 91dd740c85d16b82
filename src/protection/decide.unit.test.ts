import { describe, expect, it } from "vitest";
import type { CommandInput } from "../pathway.ts";
import {
  detainedAfterFearClaim,
  inProceedings,
  negativeServed,
  positiveServed,
} from "../testing/histories.ts";
import { event, given } from "../testing/kit.ts";
import { protectedGrounds } from "./events.ts";

const determination: Extract<CommandInput, { type: "DetermineCredibleFear" }> = {
  type: "DetermineCredibleFear",
  outcome: "positive",
  groundsConsidered: [...protectedGrounds],
  groundsFound: ["political_opinion"],
  conscription: "not_raised",
  writtenReasons: "Arrested for protesting the war.",
  language: "ru",
  interpreterId: "int-1",
  officerId: "ao-1",
};

const scheduled = () => [
  ...detainedAfterFearClaim(),
  event(
    "CredibleFearInterviewScheduled",
    {
      scheduledFor: "2022-12-15T17:00:00Z",
      language: "ru",
      interpreterRequired: true,
      consultationWaived: false,
    },
    "2022-12-12T19:00:00Z",
  ),
];

const refusalOf = (decision: { ok: boolean; refusal?: unknown }) =>
  decision.ok ? null : decision.refusal;

describe("protection: credible fear and IJ review", () => {
  it("schedules the interview after the consultation day (8 CFR 208.30(d)(4))", () => {
    const decision = given(detainedAfterFearClaim()).when(
      {
        type: "ScheduleCredibleFearInterview",
        scheduledFor: "2022-12-12T15:00:00Z",
        language: "ru",
      },
      "2022-12-11T15:00:00Z",
    );
    expect(decision).toEqual({
      ok: true,
      events: [
        {
          type: "CredibleFearInterviewScheduled",
          data: {
            scheduledFor: "2022-12-12T15:00:00Z",
            language: "ru",
            interpreterRequired: true,
            consultationWaived: false,
          },
        },
      ],
    });
  });

  it("refuses an interview before one full calendar day has passed (8 CFR 208.30(d)(4))", () => {
    const decision = given(detainedAfterFearClaim()).when(
      {
        type: "ScheduleCredibleFearInterview",
        scheduledFor: "2022-12-11T20:00:00Z",
        language: "ru",
      },
      "2022-12-11T15:00:00Z",
    );
    expect(refusalOf(decision)).toEqual({
      rule: "protection.cf.consultation-period",
      citation: "8 CFR 208.30(d)(4)",
      message:
        "The interview may not be held before 2022-12-12: the person has at least one full calendar day after the orientation to consult a person of their choosing.",
      field: "scheduledFor",
    });
  });

  it("records a determination with grounds, the A-G- finding, language and interpreter (8 CFR 208.30(e))", () => {
    const decision = given(scheduled()).when(determination);
    const { type: _type, ...data } = determination;
    expect(decision).toEqual({ ok: true, events: [{ type: "CredibleFearDetermined", data }] });
    expect(
      given(
        scheduled(),
        event("CredibleFearDetermined", {
          ...data,
          groundsConsidered: [...data.groundsConsidered],
          groundsFound: ["political_opinion"],
        }),
      ).state.protection,
    ).toBe("cf_positive");
  });

  it("refuses a determination that skips a protected ground (INA 101(a)(42)(A))", () => {
    const decision = given(scheduled()).when({
      ...determination,
      groundsConsidered: ["race", "religion", "nationality"],
    });
    expect(refusalOf(decision)).toEqual({
      rule: "protection.cf.grounds-not-considered",
      citation: "INA 101(a)(42)(A); 8 CFR 208.30(e)",
      message:
        "The determination must consider every protected ground; not considered: particular_social_group, political_opinion.",
      field: "groundsConsidered",
    });
  });

  it("refuses a determination without written reasons (8 CFR 208.30(e)(1))", () => {
    expect(refusalOf(given(scheduled()).when({ ...determination, writtenReasons: "  " }))).toEqual({
      rule: "protection.cf.written-reasons",
      citation: "8 CFR 208.30(e)(1)",
      message: "The determination must give its reasons in writing.",
      field: "writtenReasons",
    });
  });

  it("refuses a non-English interview record with no interpreter (8 CFR 208.30(d)(5))", () => {
    expect(refusalOf(given(scheduled()).when({ ...determination, interpreterId: null }))).toEqual({
      rule: "protection.cf.interpreter-required",
      citation: "8 CFR 208.30(d)(5)",
      message: 'The interview was held in "ru", not English: the record must name the interpreter.',
      field: "interpreterId",
    });
  });

  it("lets the supervisor change the outcome (8 CFR 208.30(e)(8))", () => {
    const decision = given(negativeServed().slice(0, -1)).when({
      type: "CompleteSupervisoryReview",
      outcome: "positive",
      supervisorId: "s-2",
    });
    expect(decision).toEqual({
      ok: true,
      events: [
        {
          type: "SupervisoryReviewCompleted",
          data: { outcome: "positive", concurred: false, supervisorId: "s-2" },
        },
      ],
    });
  });

  it("refuses a second supervisory review (8 CFR 208.30(e)(8))", () => {
    expect(
      refusalOf(
        given(negativeServed()).when({
          type: "CompleteSupervisoryReview",
          outcome: "negative",
          supervisorId: "s-2",
        }),
      ),
    ).toEqual({
      rule: "protection.cf.already-reviewed",
      citation: "8 CFR 208.30(e)(8)",
      message: "The determination had supervisory review and was served on 2022-12-16.",
    });
  });

  it("refuses an IJ-review request before the determination is served (8 CFR 208.30(e)(8))", () => {
    expect(
      refusalOf(
        given(negativeServed().slice(0, -1)).when({ type: "RequestIJReview", how: "requested" }),
      ),
    ).toEqual({
      rule: "protection.cf.supervisory-review-pending",
      citation: "8 CFR 208.30(e)(8)",
      message:
        "The credible-fear determination has not had supervisory review, so it has not been served.",
    });
  });

  it("counts a refusal to say as a request for IJ review (8 CFR 208.30(g)(1))", () => {
    const requested = given(
      negativeServed(),
      event("IJReviewRequested", { how: "declined_to_indicate" }),
    );
    expect([requested.state.protection, requested.state.credibleFear?.ijReview]).toEqual([
      "ij_review_requested",
      "requested",
    ]);
  });

  it("an IJ who vacates the negative determination opens the NTA path (8 CFR 1208.30(g)(2)(iv)(B))", () => {
    const vacated = given(
      negativeServed(),
      event("IJReviewRequested", { how: "requested" }),
      event("IJReviewDecided", { decision: "vacated", judgeId: "ij" }),
    );
    expect(vacated.state.protection).toBe("cf_positive");
    expect(vacated.when({ type: "ServeNoticeToAppear", court: "eoir-san-diego" }).ok).toBe(true);
  });

  it("refuses a merits interview outside 21-45 days of service (8 CFR 208.9(a)(1))", () => {
    expect(
      refusalOf(
        given(positiveServed()).when({
          type: "ScheduleAsylumMeritsInterview",
          scheduledFor: "2022-12-30T16:00:00Z",
        }),
      ),
    ).toEqual({
      rule: "protection.merits.window",
      citation: "8 CFR 208.9(a)(1)",
      message:
        "The asylum merits interview must fall between 2023-01-06 and 2023-01-30 (21 to 45 days after the record was served on 2022-12-16); 2022-12-30 is outside it.",
      field: "scheduledFor",
    });
    expect(
      given(positiveServed()).when({
        type: "ScheduleAsylumMeritsInterview",
        scheduledFor: "2023-01-10T16:00:00Z",
      }).ok,
    ).toBe(true);
  });

  it("a merits grant ends protection with asylum; a referral issues an NTA (8 CFR 208.14)", () => {
    const set = [
      ...positiveServed(),
      event("AsylumMeritsInterviewScheduled", { scheduledFor: "2023-01-10T16:00:00Z" }),
    ];
    const granted = given(set, event("AsylumMeritsDecided", { decision: "granted" })).state;
    expect([granted.protection, granted.outcome]).toEqual(["final", "asylum_granted"]);
    expect(
      given(set, event("AsylumMeritsDecided", { decision: "referred" })).state.protection,
    ).toBe("nta_issued");
  });

  it("files the I-589 once and refuses a second filing (8 CFR 1208.4(b)(3))", () => {
    const decision = given(inProceedings()).when({
      type: "FileAsylumApplication",
      receivedOn: "2023-02-01",
    });
    expect(decision).toEqual({
      ok: true,
      events: [
        { type: "AsylumApplicationFiled", data: { receivedOn: "2023-02-01", filedWith: "court" } },
      ],
    });
    const filed = [
      ...inProceedings(),
      event(
        "AsylumApplicationFiled",
        { receivedOn: "2023-02-01", filedWith: "court" },
        "2023-02-01T15:00:00Z",
      ),
    ];
    expect(refusalOf(given(filed).when({ type: "FileAsylumApplication" }))).toEqual({
      rule: "protection.i589.already-filed",
      citation: "8 CFR 1208.4(b)(3)",
      message:
        "An asylum application (I-589) is already on file, received 2023-02-01; amend it instead.",
    });
  });

  it("refuses a fear claim from Mexico (process model, INA 235(b)(1)(A)(ii))", async () => {
    const { opened } = await import("../testing/histories.ts");
    expect(refusalOf(given(opened()).when({ type: "ClaimFear", language: "ru" }))).toMatchObject({
      rule: "process.custody.FearClaimed",
      message:
        'FearClaimed is not allowed while custody is "in_mexico": the process model allows it only from "cbp_custody", "detained" (INA 235(b)(1)(A)(ii); 8 CFR 235.3(b)(4)).',
    });
  });
});
