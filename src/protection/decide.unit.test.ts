import { describe, expect, it } from "vitest";
import { negativeConscription, positivePolitical } from "../demo/stories/common.ts";
import {
  detainedAfterFearClaim,
  inProceedings,
  negativeServed,
  positiveServed,
} from "../testing/histories.ts";
import { event, given, outcome } from "../testing/kit.ts";
import { protectedGrounds } from "./events.ts";

const determination = positivePolitical("not_raised");

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

const interviewed = () => [
  ...scheduled(),
  event(
    "CredibleFearInterviewHeld",
    {
      heldAt: "2022-12-15T17:00:00Z",
      language: "ru",
      interpreterId: "int-1",
      requestedOfficerSex: "none",
      requestedInterpreterSex: "none",
      requestHonoured: null,
      requestNotHonouredReason: null,
      officerId: "ao-1",
    },
    "2022-12-15T19:00:00Z",
    "ao-1",
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

  it("records the interview held, with the person's request for a woman officer and interpreter", () => {
    const held = given(scheduled()).whenBy(
      "ao-1",
      {
        type: "RecordCredibleFearInterview",
        heldAt: "2022-12-15T17:00:00Z",
        language: "ru",
        interpreterId: "int-1",
        requestedOfficerSex: "female",
        requestedInterpreterSex: "female",
        requestHonoured: false,
        requestNotHonouredReason: "No woman interpreter of Russian was available that day.",
      },
      "2022-12-15T19:00:00Z",
    );
    expect(held).toEqual({
      ok: true,
      events: [
        {
          type: "CredibleFearInterviewHeld",
          data: {
            heldAt: "2022-12-15T17:00:00Z",
            language: "ru",
            interpreterId: "int-1",
            requestedOfficerSex: "female",
            requestedInterpreterSex: "female",
            requestHonoured: false,
            requestNotHonouredReason: "No woman interpreter of Russian was available that day.",
            officerId: "ao-1",
          },
        },
      ],
    });
    expect(given(interviewed()).state.credibleFear?.interview).toEqual({
      heldAt: "2022-12-15T17:00:00Z",
      officerId: "ao-1",
      language: "ru",
      interpreterId: "int-1",
    });
  });

  it("refuses an interview recorded before it was held, and one in Russian with no interpreter (8 CFR 208.30(d), (d)(5))", () => {
    const record = {
      type: "RecordCredibleFearInterview" as const,
      heldAt: "2022-12-15T17:00:00Z",
      language: "ru",
      interpreterId: "int-1",
    };
    expect(refusalOf(given(scheduled()).when(record, "2022-12-13T15:00:00Z"))).toMatchObject({
      rule: "protection.cf.interview-in-future",
      field: "heldAt",
    });
    expect(
      refusalOf(
        given(scheduled()).when({ ...record, interpreterId: null }, "2022-12-15T19:00:00Z"),
      ),
    ).toEqual({
      rule: "protection.cf.interpreter-required",
      citation: "8 CFR 208.30(d)(5)",
      message: 'The interview was held in "ru", not English: the record must name the interpreter.',
      field: "interpreterId",
    });
  });

  it("refuses a determination before the interview was held, even on the interview's day", () => {
    expect(refusalOf(given(scheduled()).when(determination, "2022-12-13T15:00:00Z"))).toEqual({
      rule: "protection.cf.interview-not-held",
      citation: "8 CFR 208.30(d), (e)(1)",
      message:
        "The credible-fear interview has not been recorded as held: a determination rests on it.",
    });
  });

  it("records a determination ground by ground, with the interview's language and interpreter (8 CFR 208.30(e))", () => {
    const decision = given(interviewed()).whenBy("ao-1", determination, "2022-12-15T20:00:00Z");
    expect(decision.ok && decision.events[0]?.data).toMatchObject({
      outcome: "positive",
      groundsConsidered: [...protectedGrounds],
      groundsFound: ["political_opinion"],
      language: "ru",
      interpreterId: "int-1",
      officerId: "ao-1",
      harm: { risesToPersecution: true, risesToTorture: false },
    });
    const findings = decision.ok ? (decision.events[0]?.data.findings as unknown[]) : [];
    expect(findings).toHaveLength(5);
    expect(findings[4]).toMatchObject({ ground: "political_opinion", nexus: true });
    expect(
      decision.ok &&
        given(
          interviewed(),
          decision.events.map((e) =>
            event(e.type as never, e.data as never, "2022-12-15T20:00:00Z", "ao-1"),
          ),
        ).state,
    ).toMatchObject({
      protection: "cf_positive",
      credibleFear: { determinedBy: "ao-1" },
    });
  });

  it("refuses a determination with no reasons on a protected ground (INA 101(a)(42)(A))", () => {
    expect(
      refusalOf(given(interviewed()).when({ ...determination, religionReasons: "  " })),
    ).toEqual({
      rule: "protection.cf.ground-reasons",
      citation: "INA 101(a)(42)(A); 8 CFR 208.30(e)(1)",
      message:
        "The determination must give its reasons on every protected ground; none on religion.",
      field: "religionReasons",
    });
  });

  it("refuses a determination without written reasons on the harm, conscription or the whole (8 CFR 208.30(e)(1))", () => {
    expect(
      refusalOf(given(interviewed()).when({ ...determination, writtenReasons: "  " })),
    ).toEqual({
      rule: "protection.cf.written-reasons",
      citation: "8 CFR 208.30(e)(1)",
      message:
        "The determination must give its reasons in writing on the determination as a whole.",
      field: "writtenReasons",
    });
    expect(
      refusalOf(given(interviewed()).when({ ...determination, harmFeared: "" })),
    ).toMatchObject({ field: "harmFeared" });
    expect(
      refusalOf(given(interviewed()).when({ ...negativeConscription(), conscriptionReasons: "" })),
    ).toMatchObject({ rule: "protection.cf.conscription-reasons", field: "conscriptionReasons" });
  });

  it("refuses a positive determination whose findings show neither a ground nor torture", () => {
    expect(
      refusalOf(given(interviewed()).when({ ...negativeConscription(), outcome: "positive" })),
    ).toMatchObject({ rule: "protection.cf.positive-without-basis", field: "outcome" });
    // Torture feared needs no protected ground (8 CFR 208.30(e)(3)).
    expect(
      given(interviewed()).when({
        ...negativeConscription(),
        outcome: "positive",
        harmRisesToTorture: true,
      }).ok,
    ).toBe(true);
  });

  it("lets the supervisor change the outcome (8 CFR 208.30(e)(8))", () => {
    const decision = given(negativeServed().slice(0, -1)).whenBy("sao-2", {
      type: "CompleteSupervisoryReview",
      outcome: "positive",
    });
    expect(decision).toEqual({
      ok: true,
      events: [
        {
          type: "SupervisoryReviewCompleted",
          data: { outcome: "positive", concurred: false, supervisorId: "sao-2" },
        },
      ],
    });
  });

  it("refuses the review to the officer who made the determination (8 CFR 208.30(e)(8))", () => {
    // The brothers' story: the review must be another officer's, not a signature on one's own.
    expect(
      refusalOf(
        given(negativeServed().slice(0, -1)).whenBy("ao", {
          type: "CompleteSupervisoryReview",
          outcome: "negative",
        }),
      ),
    ).toEqual({
      rule: "protection.cf.reviewer-is-determiner",
      citation: "8 CFR 208.30(e)(8)",
      message:
        "The officer who made the determination may not review it: another officer's review is required.",
    });
  });

  it("refuses a second supervisory review (8 CFR 208.30(e)(8))", () => {
    expect(
      refusalOf(
        given(negativeServed()).when({
          type: "CompleteSupervisoryReview",
          outcome: "negative",
        }),
      ),
    ).toEqual({
      rule: "protection.cf.already-reviewed",
      citation: "8 CFR 208.30(e)(8)",
      message: "The determination had supervisory review and was served on 2022-12-16.",
    });
  });

  it("takes the person's written account before the determination, and not after", () => {
    const account = {
      type: "SubmitWrittenAccount" as const,
      language: "ru",
      text: "Меня задержали.",
    };
    expect(outcome(given(scheduled()).when(account))).toEqual([
      { type: "WrittenAccountSubmitted", data: { language: "ru", text: "Меня задержали." } },
    ]);
    expect(outcome(given(negativeServed()).when(account))).toBe(
      "process.protection.WrittenAccountSubmitted",
    );
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
