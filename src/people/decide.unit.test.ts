import { describe, expect, it } from "vitest";
import { ijOrderedRemoval, opened } from "../testing/histories.ts";
import { event, given } from "../testing/kit.ts";

describe("people: the case and the address", () => {
  it("opens a case in Mexico (design.md)", () => {
    const decision = given().when({
      type: "OpenCase",
      personId: "p1",
      nationality: "RU",
      arrivedAt: "2022-03-13T18:00:00Z",
    });
    expect(decision).toEqual({
      ok: true,
      events: [
        {
          type: "CaseOpened",
          data: { personId: "p1", nationality: "RU", arrivedAt: "2022-03-13T18:00:00Z" },
        },
      ],
    });
  });

  it("refuses to open a case twice, and any command before it is opened", () => {
    expect(given(opened()).when({ type: "OpenCase", personId: "p1", nationality: "RU" })).toEqual({
      ok: false,
      refusal: {
        rule: "case.already-opened",
        citation: "design.md (one case per person)",
        message: "The case is already open.",
      },
    });
    expect(given().when({ type: "ChangeAddress", address: "x" })).toEqual({
      ok: false,
      refusal: {
        rule: "case.not-opened",
        citation: "design.md (the case log)",
        message: "The case has not been opened: open it first.",
      },
    });
  });

  it("files a change of address with DHS alone while no court has the case (INA 265(a))", () => {
    const decision = given(opened()).when(
      { type: "ChangeAddress", address: "1 Main St" },
      "2023-02-03T15:00:00Z",
    );
    expect(decision).toEqual({
      ok: true,
      events: [
        {
          type: "AddressChanged",
          data: {
            address: "1 Main St",
            movedOn: "2023-02-03",
            toCourt: false,
            toDhs: true,
            receipts: { dhs: "AR11-20230203-1", court: null },
          },
        },
      ],
    });
  });

  it("files one change of address with the court and DHS, a receipt for each (8 CFR 1003.15(d)(2); 8 CFR 265.1)", () => {
    const moved = event(
      "AddressChanged",
      { address: "1 Main St", movedOn: "2023-03-01", toCourt: true, toDhs: true },
      "2023-03-01T15:00:00Z",
    );
    const decision = given(ijOrderedRemoval(), moved).when(
      { type: "ChangeAddress", address: "2 Oak Ave", movedOn: "2023-03-04" },
      "2023-03-06T15:00:00Z",
    );
    expect(decision).toEqual({
      ok: true,
      events: [
        {
          type: "AddressChanged",
          data: {
            address: "2 Oak Ave",
            movedOn: "2023-03-04",
            toCourt: true,
            toDhs: true,
            receipts: { dhs: "AR11-20230306-2", court: "EOIR33-20230306-2" },
          },
        },
      ],
    });
  });
});
