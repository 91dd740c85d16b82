import { describe, expect, it } from "vitest";
import type { Decision } from "../core/decision.ts";
import { type CommandInput, policyAt } from "../pathway.ts";
import { removalBlocker } from "../removal/guard.ts";
import { opened } from "../testing/histories.ts";
import { event, given, history, run, step } from "../testing/kit.ts";

const refusalOf = (decision: Decision) => (decision.ok ? null : decision.refusal);
const encountered = (at = "2022-12-10T13:00:00Z", title42InForce = true) =>
  event(
    "EncounterRecorded",
    {
      place: "Near Tecate",
      port: null,
      viaAppointment: false,
      arrivingAlien: false,
      lawfulPathways: { presumptionApplies: false, exception: null },
      title42InForce,
    },
    at,
  );

const openStep = (nationality = "RU") =>
  step("2022-12-04T09:00:00Z", "system", {
    type: "OpenCase",
    personId: "person-1",
    nationality,
    arrivedAt: null,
  });
const encounterStep = (at = "2022-12-10T13:00:00Z") =>
  step(at, "cbp", { type: "RecordEncounter", place: "Near Tecate", port: null });

/** The case the steps run on. */
const CASE_A = "3c9d8e7f-6a5b-4c4d-9e3f-2a1b0c9d8e7f";

/** The state after the commands, each at its time (refusing any step fails the test). */
function stateAfter(...steps: ReturnType<typeof step>[]) {
  const result = run(steps, CASE_A);
  if (!result.ok) throw new Error(`step ${result.failedAt}: ${result.refusal.message}`);
  return result.state;
}

describe("encounters: the encounter, at a port or between ports", () => {
  it("records an encounter at a port as an arriving alien, with the policy at the encounter (8 CFR 1001.1(q))", () => {
    expect(
      given(opened()).when(
        { type: "RecordEncounter", place: "San Ysidro", port: "san_ysidro" },
        "2022-03-20T11:00:00Z",
      ),
    ).toEqual({
      ok: true,
      events: [
        {
          type: "EncounterRecorded",
          data: {
            place: "San Ysidro",
            port: "san_ysidro",
            viaAppointment: false,
            arrivingAlien: true,
            lawfulPathways: { presumptionApplies: false, exception: null },
            title42InForce: true,
          },
        },
      ],
    });
  });

  it("records an encounter between ports with its place and the time it happened (INA 235(a)(1))", () => {
    const state = stateAfter(openStep(), encounterStep("2022-12-10T13:00:00Z"));
    expect(state.entry).toEqual({
      at: "2022-12-10T13:00:00Z",
      place: "Near Tecate",
      port: null,
      atPortOfEntry: false,
      viaAppointment: false,
      arrivingAlien: false,
      lawfulPathwaysPresumption: false,
      title42InForce: true,
    });
    expect(state.custody).toBe("cbp_custody");
    const later = stateAfter(openStep(), encounterStep("2023-06-01T15:00:00Z"));
    expect(later.entry?.title42InForce).toBe(false);
  });

  it("applies the lawful-pathways presumption to an entry without a pathway after 2023-05-11 (8 CFR 208.33)", () => {
    const decision = given(opened()).when(
      { type: "RecordEncounter", place: "Near Tecate", port: null },
      "2023-06-01T15:00:00Z",
    );
    expect(decision.ok && decision.events[0]?.data).toMatchObject({
      lawfulPathways: { presumptionApplies: true, exception: null },
    });
    const excepted = given(opened()).when(
      {
        type: "RecordEncounter",
        place: "Near Tecate",
        port: null,
        lawfulPathwaysException: "medical_emergency",
      },
      "2023-06-01T15:00:00Z",
    );
    expect(excepted.ok && excepted.events[0]?.data).toMatchObject({
      lawfulPathways: { presumptionApplies: false, exception: "medical_emergency" },
    });
  });
});

describe("encounters: Title 42", () => {
  it("expels under Title 42 while it is in force (42 U.S.C. 265)", () => {
    const decision = given(opened(), encountered()).when(
      { type: "ExpelUnderTitle42" },
      "2022-12-10T14:00:00Z",
    );
    expect(decision).toEqual({
      ok: true,
      events: [{ type: "Title42Expelled", data: { to: "MX" } }],
    });
  });

  it("refuses a Title 42 expulsion after it ended (42 U.S.C. 265)", () => {
    expect(
      refusalOf(
        given(opened(), encountered("2023-05-11T20:00:00Z")).when(
          { type: "ExpelUnderTitle42" },
          "2023-05-12T12:00:00Z",
        ),
      ),
    ).toEqual({
      rule: "encounters.title42.not-in-force",
      citation: "42 U.S.C. 265, 268",
      message:
        "Title 42 is not in force on 2023-05-12 (it ran from 2020-03-21 to 2023-05-11 23:59 Eastern).",
    });
  });

  it("refuses to expel a person encountered before Title 42 was in force (42 U.S.C. 265)", () => {
    const before = stateAfter(
      step("2020-03-10T09:00:00Z", "system", {
        type: "OpenCase",
        personId: "person-1",
        nationality: "RU",
        arrivedAt: null,
      }),
      encounterStep("2020-03-19T13:00:00Z"),
    );
    expect(before.entry?.title42InForce).toBe(false);
    expect(
      refusalOf(
        given(opened(), encountered("2020-03-19T13:00:00Z", false)).when(
          { type: "ExpelUnderTitle42" },
          "2020-03-22T12:00:00Z",
        ),
      ),
    ).toEqual({
      rule: "encounters.title42.not-in-force-at-encounter",
      citation: "42 U.S.C. 265, 268",
      message:
        "Title 42 was not in force when CBP encountered the person on 2020-03-19: the person is processed under Title 8, not expelled.",
    });
    // Nor is Title 42 a bar to processing such a person under Title 8.
    expect(
      given(opened(), encountered("2020-03-19T13:00:00Z", false)).when(
        { type: "ProcessUnderTitle8", pathway: "section_240" },
        "2020-03-22T12:00:00Z",
      ),
    ).toMatchObject({ ok: true, events: [{ data: { title42Basis: null } }] });
  });

  it("refuses an expulsion with no encounter on the record (42 U.S.C. 265, 268)", () => {
    expect(
      refusalOf(given(opened()).when({ type: "ExpelUnderTitle42" }, "2022-12-10T14:00:00Z")),
    ).toEqual({
      rule: "encounters.not-encountered",
      citation: "42 U.S.C. 265, 268",
      message:
        "No encounter is on the record: CBP expels a person only after recording the encounter.",
    });
  });

  it("refuses to expel a person holding a humanitarian exception, or an excepted national (CDC order)", () => {
    const excepted = [
      ...opened(),
      event("HumanitarianExceptionGranted", { grantedBy: "CBP", grounds: "Small children" }),
      encountered(),
    ];
    expect(
      refusalOf(given(excepted).when({ type: "ExpelUnderTitle42" }, "2022-12-10T14:00:00Z")),
    ).toEqual({
      rule: "encounters.title42.excepted",
      citation: "42 U.S.C. 265, 268; CDC order (exceptions)",
      message:
        "The person holds a humanitarian exception to Title 42 and may not be expelled under it.",
    });
    expect(
      refusalOf(
        given(opened("UA"), encountered()).when(
          { type: "ExpelUnderTitle42" },
          "2022-12-10T14:00:00Z",
        ),
      ),
    ).toMatchObject({
      rule: "encounters.title42.excepted",
      message: "Nationals of UA are excepted from Title 42 by policy in force on 2022-12-10.",
    });
  });

  it("refuses a humanitarian exception when Title 42 is not in force (42 U.S.C. 265)", () => {
    expect(
      refusalOf(
        given(opened()).when(
          { type: "GrantHumanitarianException", grantedBy: "CBP", grounds: "x" },
          "2023-06-01T15:00:00Z",
        ),
      ),
    ).toMatchObject({
      rule: "encounters.title42.not-in-force",
    });
  });
});

describe("encounters: processing under Title 8", () => {
  it("refuses to process under Title 8 while Title 42 applies (42 U.S.C. 265)", () => {
    expect(
      refusalOf(
        given(opened(), encountered()).when(
          { type: "ProcessUnderTitle8", pathway: "expedited_removal" },
          "2022-12-10T14:00:00Z",
        ),
      ),
    ).toEqual({
      rule: "encounters.title42.in-force",
      citation: "42 U.S.C. 265, 268",
      message:
        "Title 42 is in force on 2022-12-10: the person is expelled unless excepted (humanitarian exception, excepted nationality, or not accepted by Mexico), so cannot be processed under Title 8.",
    });
    const decision = given(opened(), encountered()).when(
      { type: "ProcessUnderTitle8", pathway: "expedited_removal", notAcceptedByMexico: true },
      "2022-12-10T14:00:00Z",
    );
    expect(decision).toEqual({
      ok: true,
      events: [
        {
          type: "ProcessedUnderTitle8",
          data: { pathway: "expedited_removal", title42Basis: "not_accepted_by_mexico" },
        },
      ],
    });
  });

  it("processes a person encountered while Title 42 was in force, after it ended, under Title 8 alone", () => {
    expect(
      given(opened(), encountered("2023-05-11T20:00:00Z")).when(
        { type: "ProcessUnderTitle8", pathway: "expedited_removal" },
        "2023-05-12T12:00:00Z",
      ),
    ).toEqual({
      ok: true,
      events: [
        {
          type: "ProcessedUnderTitle8",
          data: { pathway: "expedited_removal", title42Basis: null },
        },
      ],
    });
  });

  it("refuses to process a person with no encounter on record (INA 235(a)(3))", () => {
    const checkedIn = [
      ...opened(),
      event(
        "AppointmentCheckedIn",
        { appointmentId: "a1", port: "el_paso" },
        "2023-06-01T14:00:00Z",
      ),
    ];
    expect(
      refusalOf(given(checkedIn).when({ type: "ProcessUnderTitle8", pathway: "section_240" })),
    ).toEqual({
      rule: "encounters.not-encountered",
      citation: "INA 235(a)(3)",
      message:
        "No encounter is on the record: CBP processes a person only after recording the encounter.",
    });
  });

  const withFear: CommandInput = {
    type: "ProcessUnderTitle8",
    pathway: "expedited_removal",
    notAcceptedByMexico: true,
    fearClaimLanguage: "ru",
    statementInWriting: true,
  };

  it("refers a fear claim made in expedited removal to a credible-fear interview (INA 235(b)(1)(A)(ii); 8 CFR 235.3(b)(4))", () => {
    expect(given(opened(), encountered()).when(withFear, "2022-12-10T15:00:00Z")).toEqual({
      ok: true,
      events: [
        {
          type: "ProcessedUnderTitle8",
          data: { pathway: "expedited_removal", title42Basis: "not_accepted_by_mexico" },
        },
        { type: "FearClaimed", data: { language: "ru", statementInWriting: true } },
      ],
    });
    const state = stateAfter(
      openStep(),
      encounterStep(),
      step("2022-12-10T15:00:00Z", "cbp", withFear),
    );
    expect(state.protection).toBe("fear_claimed");
    expect(state.credibleFear?.claimedAt).toBe("2022-12-10T15:00:00Z");
    // The screening is pending: the due-process guard bars the removal.
    expect(
      removalBlocker(state, "RU", policyAt("2022-12-11T15:00:00Z", "test").policy),
    ).toMatchObject({ rule: "removal.guard.credible-fear-pending" });
  });

  it("does not claim fear twice when the claim is already on the record", () => {
    const claimed = history([
      openStep(),
      encounterStep(),
      step("2022-12-10T14:00:00Z", "cbp", { type: "ClaimFear", language: "ru" }),
    ]);
    expect(given(claimed).when(withFear, "2022-12-10T15:00:00Z")).toEqual({
      ok: true,
      events: [
        {
          type: "ProcessedUnderTitle8",
          data: { pathway: "expedited_removal", title42Basis: "not_accepted_by_mexico" },
        },
      ],
    });
  });

  it("refuses a fear referral with a Notice to Appear (INA 235(b)(1)(A)(ii))", () => {
    expect(
      refusalOf(
        given(opened(), encountered("2023-06-01T13:00:00Z", false)).when(
          { ...withFear, pathway: "section_240" },
          "2023-06-01T15:00:00Z",
        ),
      ),
    ).toEqual({
      rule: "encounters.fear-referral.not-expedited-removal",
      citation: "INA 235(b)(1)(A)(ii); 8 CFR 235.3(b)(4); INA 240",
      message:
        "A fear claim is referred for a credible-fear interview only in expedited removal; in section 240 proceedings the person applies for asylum before the immigration judge.",
      field: "fearClaimLanguage",
    });
  });

  it("issues a Notice to Appear for section 240 proceedings (INA 239(a); INA 240)", () => {
    const state = stateAfter(
      openStep(),
      encounterStep("2023-06-01T13:00:00Z"),
      step("2023-06-01T14:00:00Z", "cbp", { type: "ProcessUnderTitle8", pathway: "section_240" }),
      step("2023-06-01T16:00:00Z", "cbp", {
        type: "ServeNoticeToAppear",
        court: "eoir-san-diego",
      }),
    );
    expect(state.pathway).toBe("section_240");
    expect(state.protection).toBe("nta_issued");
    expect(state.custody).toBe("cbp_custody");
  });
});

describe("encounters: release from CBP custody", () => {
  const processed = (pathway: "expedited_removal" | "section_240") => [
    openStep(),
    encounterStep("2023-06-01T13:00:00Z"),
    step("2023-06-01T14:00:00Z", "cbp", { type: "ProcessUnderTitle8", pathway }),
  ];

  it("paroles with the conditions on the record (INA 212(d)(5)(A); 8 CFR 212.5(d))", () => {
    const conditions = "Report to ICE in Los Angeles within 15 days";
    expect(
      given(history(processed("expedited_removal"))).when(
        { type: "GrantParole", basis: "urgent_humanitarian", conditions },
        "2023-06-01T18:00:00Z",
      ),
    ).toEqual({
      ok: true,
      events: [{ type: "ParoleGranted", data: { basis: "urgent_humanitarian", conditions } }],
    });
    expect(
      given(history(processed("expedited_removal"))).when(
        { type: "GrantParole", basis: "urgent_humanitarian" },
        "2023-06-01T18:00:00Z",
      ),
    ).toMatchObject({ ok: true, events: [{ data: { conditions: null } }] });
    const state = stateAfter(
      ...processed("expedited_removal"),
      step("2023-06-01T18:00:00Z", "ice", {
        type: "GrantParole",
        basis: "urgent_humanitarian",
        conditions,
      }),
    );
    expect(state.custody).toBe("released_parole");
  });

  it("releases on recognizance with a Notice to Appear, never in expedited removal (INA 236(a)(2)(B); INA 235(b)(1)(B)(iii)(IV))", () => {
    const release = { type: "ReleaseOnRecognizance", conditions: "Report in 60 days" } as const;
    expect(
      given(history(processed("section_240"))).when(release, "2023-06-01T18:00:00Z"),
    ).toMatchObject({ ok: true, events: [{ type: "ReleasedOnRecognizance" }] });
    expect(
      refusalOf(
        given(history(processed("expedited_removal"))).when(release, "2023-06-01T18:00:00Z"),
      ),
    ).toMatchObject({
      rule: "custody.expedited-removal-detention",
      citation: "INA 235(b)(1)(B)(iii)(IV); 8 CFR 235.3(b)(2)(iii)",
    });
  });
});

describe("encounters: a family unit encountered together (CBP TEDS 2015, 1.9)", () => {
  const father = "6b1f2f64-95a2-4d3e-8f9b-2c41d7a3e5b0";
  const child = "0f6c3a52-1f4e-4a3b-9e8d-7c2b1a0d9e8f";
  const unitId = "0d5f0c8e-4a8b-4f5e-9a41-6f1f3b2c7d10";
  const link = (members: string[], familyUnitId = unitId): CommandInput => ({
    type: "LinkFamilyUnit",
    familyUnitId,
    members,
  });

  it("links the case to the family unit, so the members' cases show on it", () => {
    expect(given(opened(), encountered()).when(link([father, father]))).toEqual({
      ok: true,
      events: [{ type: "FamilyUnitLinked", data: { familyUnitId: unitId, members: [father] } }],
    });
    const state = stateAfter(
      openStep(),
      encounterStep(),
      step("2022-12-10T14:00:00Z", "cbp", link([father, CASE_A])),
      step("2022-12-10T15:00:00Z", "cbp", link([father, child])),
    );
    // The case's own id is never its own member; a member added later joins the same unit.
    expect(state.familyUnit).toEqual({ id: unitId, members: [father, child] });
  });

  it("refuses before an encounter, for another unit, and when every case is already linked", () => {
    expect(refusalOf(given(opened()).when(link([father])))).toEqual({
      rule: "encounters.family-unit.not-encountered",
      citation: "CBP TEDS (2015) 1.9",
      message:
        "No encounter is on the record: CBP links a person to the family unit they were encountered with only after recording the encounter.",
    });
    const linked = [
      ...opened(),
      encountered(),
      event("FamilyUnitLinked", { familyUnitId: unitId, members: [father] }),
    ];
    const other = "7e1d2c3b-4a5f-4e6d-8c7b-9a0f1e2d3c4b";
    expect(refusalOf(given(linked).when(link([child], other)))).toEqual({
      rule: "encounters.family-unit.other-unit",
      citation: "CBP TEDS (2015) 1.9",
      message: `The case is already linked to family unit ${unitId}: a case belongs to one family unit.`,
      field: "familyUnitId",
    });
    expect(refusalOf(given(linked).when(link([father])))).toEqual({
      rule: "encounters.family-unit.already-linked",
      citation: "CBP TEDS (2015) 1.9",
      message: `Every case named is already linked to this one in family unit ${unitId}.`,
      field: "members",
    });
  });
});
