import { describe, expect, it } from "vitest";
import { pathway } from "../pathway.ts";
import { mayRunCommand } from "../platform/auth/commandRoles.ts";
import { roles } from "../platform/auth/roles.ts";
import { detainedAfterFearClaim, inProceedings, opened } from "../testing/histories.ts";
import { event, given } from "../testing/kit.ts";

const bondEligible = () => [
  ...inProceedings(),
  // Came between ports: not an arriving alien.
];

describe("custody: detention, parole, bond", () => {
  it("detains a person in CBP custody at a facility (INA 236(a))", () => {
    const decision = given(
      opened(),
      event("EncounterRecorded", {
        place: "Near Tecate",
        port: null,
        viaAppointment: false,
        arrivingAlien: false,
        lawfulPathways: { presumptionApplies: false, exception: null },
      }),
    ).when({ type: "DetainAtFacility", facilityId: "otay-mesa-detention-center" });
    expect(decision).toEqual({
      ok: true,
      events: [
        {
          type: "DetainedAtFacility",
          data: { facilityId: "otay-mesa-detention-center", authority: null, reasons: null },
        },
      ],
    });
  });

  it("records the custody decision's basis and reasons, and refuses the expedited-removal basis outside expedited removal", () => {
    const encountered = [
      opened(),
      event("EncounterRecorded", {
        place: "Near Tecate",
        port: null,
        viaAppointment: false,
        arrivingAlien: false,
        lawfulPathways: { presumptionApplies: false, exception: null },
      }),
    ];
    const reasons = "Flight risk: no fixed address in the United States.";
    expect(
      given(...encountered).when({
        type: "DetainAtFacility",
        facilityId: "otay-mesa-detention-center",
        authority: "discretionary",
        reasons,
      }),
    ).toMatchObject({
      ok: true,
      events: [{ data: { authority: "discretionary", reasons } }],
    });
    expect(
      given(...encountered).when({
        type: "DetainAtFacility",
        facilityId: "otay-mesa-detention-center",
        authority: "expedited_removal",
      }),
    ).toMatchObject({
      ok: false,
      refusal: { rule: "custody.detain.not-in-expedited-removal", field: "authority" },
    });
  });

  it("records the facility a transfer leaves (INA 241(g))", () => {
    const decision = given(detainedAfterFearClaim()).when({
      type: "TransferToFacility",
      facilityId: "moshannon-valley-processing-center",
    });
    expect(decision).toEqual({
      ok: true,
      events: [
        {
          type: "TransferredToFacility",
          data: {
            facilityId: "moshannon-valley-processing-center",
            fromFacilityId: "otay-mesa-detention-center",
          },
        },
      ],
    });
  });

  it("refuses a transfer to the facility the person is already in (INA 241(g))", () => {
    const decision = given(detainedAfterFearClaim()).when({
      type: "TransferToFacility",
      facilityId: "otay-mesa-detention-center",
    });
    expect(decision).toEqual({
      ok: false,
      refusal: {
        rule: "custody.transfer.same-facility",
        citation: "INA 241(g)",
        message:
          "The person is already held at Otay Mesa Detention Center: a transfer moves them to another facility.",
        field: "facilityId",
      },
    });
  });

  it("refuses an unknown facility in the command's schema, naming facilityId", () => {
    for (const type of ["DetainAtFacility", "TransferToFacility"] as const) {
      const parsed = pathway.commandSchema.safeParse({ type, facilityId: "otay-mesa" });
      expect(parsed.success, type).toBe(false);
      const issues = parsed.error?.issues ?? [];
      expect(
        issues.map((issue) => issue.path.join(".")),
        type,
      ).toEqual(["facilityId"]);
      expect(issues[0]?.message).toContain("must be a detention facility's id");
    }
  });

  it("paroles a detained person (INA 212(d)(5)(A))", () => {
    const decision = given(detainedAfterFearClaim()).when({
      type: "GrantParole",
      basis: "urgent_humanitarian",
    });
    expect(decision.ok).toBe(true);
  });

  it("sets a bond of $20,000 in proceedings (INA 236(a)(2)(A))", () => {
    const decision = given(bondEligible()).when({
      type: "SetBond",
      amountCents: 2_000_000,
      setBy: "ij",
    });
    expect(decision).toEqual({
      ok: true,
      events: [{ type: "BondSet", data: { amountCents: 2_000_000, setBy: "ij" } }],
    });
  });

  it("refuses a bond below $1,500 (INA 236(a)(2)(A))", () => {
    const decision = given(bondEligible()).when({
      type: "SetBond",
      amountCents: 149_999,
      setBy: "ice",
    });
    expect(decision).toEqual({
      ok: false,
      refusal: {
        rule: "custody.bond.minimum",
        citation: "INA 236(a)(2)(A)",
        message: "A bond of $1,499.99 is below the statutory minimum of $1,500.",
        field: "amountCents",
      },
    });
  });

  it("refuses IJ bond to an arriving alien (8 CFR 1003.19(h)(2)(i)(B))", () => {
    const arriving = event(
      "EncounterRecorded",
      {
        place: "San Ysidro port of entry",
        port: "san_ysidro",
        viaAppointment: false,
        arrivingAlien: true,
        lawfulPathways: { presumptionApplies: false, exception: null },
      },
      "2023-01-10T18:00:00Z",
    );
    const decision = given(inProceedings(), arriving).when({ type: "RequestBondRedetermination" });
    expect(decision.ok ? null : decision.refusal).toEqual({
      rule: "custody.bond.arriving-alien",
      citation: "8 CFR 1003.19(h)(2)(i)(B)",
      message:
        "The person is an arriving alien (came at San Ysidro port of entry): an immigration judge may not redetermine their custody.",
    });
  });

  it("refuses bond and release on recognizance in expedited removal (INA 235(b)(1)(B)(iii)(IV))", () => {
    const bond = given(detainedAfterFearClaim()).when({
      type: "SetBond",
      amountCents: 500_000,
      setBy: "ice",
    });
    expect(bond.ok ? null : bond.refusal.message).toBe(
      "The person is in expedited removal with no Notice to Appear: bond is not available; release only by parole.",
    );
    const recognizance = given(detainedAfterFearClaim()).when({ type: "ReleaseOnRecognizance" });
    expect(recognizance.ok ? null : recognizance.refusal).toMatchObject({
      rule: "custody.expedited-removal-detention",
      citation: "INA 235(b)(1)(B)(iii)(IV); 8 CFR 235.3(b)(2)(iii)",
    });
  });

  it("lets the detainee's side ask for a redetermination, or ICE or the clerk record their request (8 CFR 1236.1(d)(1))", () => {
    const may = roles.filter((role) => mayRunCommand(pathway, role, "RequestBondRedetermination"));
    expect(may.sort()).toEqual(["applicant", "attorney", "court_clerk", "ice_officer"]);
    // Recorded by ICE for the detainee, it is the respondent's request (the default).
    const recorded = given(bondEligible()).when({ type: "RequestBondRedetermination" });
    expect(recorded).toEqual({
      ok: true,
      events: [{ type: "BondRedeterminationRequested", data: { requestedBy: "respondent" } }],
    });
    // Only the judge redetermines; the ICE officer who recorded the request may not.
    expect(mayRunCommand(pathway, "ice_officer", "RedetermineBond")).toBe(false);
    expect(mayRunCommand(pathway, "court_clerk", "RedetermineBond")).toBe(false);
  });

  it("refuses a redetermined bond below $1,500 (INA 236(a)(2)(A))", () => {
    const history = [
      ...bondEligible(),
      event("BondRedeterminationRequested", { requestedBy: "respondent" }),
    ];
    const decision = given(history).when({ type: "RedetermineBond", amountCents: 100_000 });
    expect(decision.ok ? null : decision.refusal).toEqual({
      rule: "custody.bond.minimum",
      citation: "INA 236(a)(2)(A)",
      message: "A bond of $1,000 is below the statutory minimum of $1,500.",
      field: "amountCents",
    });
    expect(given(history).when({ type: "RedetermineBond", amountCents: 150_000 }).ok).toBe(true);
  });

  it("refuses a redetermination nobody asked for (8 CFR 1236.1(d)(1))", () => {
    const decision = given(bondEligible()).when({ type: "RedetermineBond", amountCents: 500_000 });
    expect(decision.ok ? null : decision.refusal).toEqual({
      rule: "custody.bond.no-redetermination-request",
      citation: "8 CFR 1236.1(d)(1); 8 CFR 1003.19(b)",
      message:
        "No bond redetermination has been requested: an immigration judge redetermines custody only on request.",
    });
  });

  it("redetermines on request, and the bond can then be posted (8 CFR 1003.19)", () => {
    const requested = given(bondEligible()).when({ type: "RequestBondRedetermination" });
    expect(requested.ok).toBe(true);
    const history = [
      ...bondEligible(),
      event("BondRedeterminationRequested", { requestedBy: "respondent" }),
    ];
    expect(given(history).when({ type: "RedetermineBond", amountCents: 2_000_000 })).toEqual({
      ok: true,
      events: [{ type: "BondRedetermined", data: { amountCents: 2_000_000 } }],
    });
    const set = [...history, event("BondRedetermined", { amountCents: 2_000_000 })];
    expect(given(set).when({ type: "PostBond", obligor: "A cousin" })).toEqual({
      ok: true,
      events: [{ type: "BondPosted", data: { amountCents: 2_000_000, obligor: "A cousin" } }],
    });
    expect(
      given(set, event("BondPosted", { amountCents: 2_000_000, obligor: null })).state.custody,
    ).toBe("released_bond");
  });

  it("refuses to post a bond that was never set (INA 236(a)(2)(A))", () => {
    const decision = given(bondEligible()).when({ type: "PostBond" });
    expect(decision.ok ? null : decision.refusal).toEqual({
      rule: "custody.bond.none-set",
      citation: "INA 236(a)(2)(A)",
      message: "No bond is set that could be posted: the person is held without bond.",
    });
  });

  it("refuses a bond while the person is not detained (process model, INA 236(a)(2)(A))", () => {
    const decision = given(opened()).when({ type: "SetBond", amountCents: 500_000, setBy: "ice" });
    expect(decision.ok ? null : decision.refusal).toEqual({
      rule: "process.custody.BondSet",
      citation: "INA 236(a)(2)(A); 8 CFR 1236.1(d)",
      message:
        'BondSet is not allowed while custody is "in_mexico": the process model allows it only from "detained" (INA 236(a)(2)(A); 8 CFR 1236.1(d)).',
    });
  });
});
