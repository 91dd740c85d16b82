import { describe, expect, it } from "vitest";
import { opened } from "../testing/histories.ts";
import { event, given } from "../testing/kit.ts";

const refusalOf = (decision: { ok: boolean; refusal?: unknown }) =>
  decision.ok ? null : decision.refusal;
const encountered = (at = "2022-12-10T13:00:00Z") =>
  event(
    "EncounterRecorded",
    {
      place: "Near Tecate",
      port: null,
      viaAppointment: false,
      arrivingAlien: false,
      lawfulPathways: { presumptionApplies: false, exception: null },
    },
    at,
  );

describe("encounters: Title 42, Title 8, lawful pathways", () => {
  it("records an encounter at a port as an arriving alien (8 CFR 1001.1(q))", () => {
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
          },
        },
      ],
    });
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
        given(opened(), encountered("2023-05-12T10:00:00Z")).when(
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
