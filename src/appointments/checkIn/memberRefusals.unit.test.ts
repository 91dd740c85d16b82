import { describe, expect, it } from "vitest";
import { refusal } from "../../core/refusal.ts";
import { normalizeAppointmentCode } from "./code.ts";
import { memberRefusalCode } from "./memberRefusals.ts";

describe("why a person of the group cannot be checked in", () => {
  const model = refusal("process.custody.AppointmentCheckedIn", "INA 235(a)(3)", "…");

  it("says where the person's case stands when the process model refuses", () => {
    expect(memberRefusalCode(model, "cbp_custody")).toBe("in-custody");
    expect(memberRefusalCode(model, "detained")).toBe("in-custody");
    expect(memberRefusalCode(model, "released_parole")).toBe("released");
    expect(memberRefusalCode(model, "released_bond")).toBe("released");
    expect(memberRefusalCode(model, "removed")).toBe("removed");
    expect(memberRefusalCode(model, "in_mexico")).toBe("case-refused");
  });

  it("names a port without appointments that day, and any other rule as the case's", () => {
    const closed = refusal("appointments.cbp-one.not-in-service", "CBP announcements", "…");
    expect(memberRefusalCode(closed, null)).toBe("not-in-service");
    expect(memberRefusalCode(refusal("case.already-opened", "x", "…"), "in_mexico")).toBe(
      "case-refused",
    );
  });
});

describe("an appointment code as typed", () => {
  it("is upper case with its hyphen after the fourth character", () => {
    expect(normalizeAppointmentCode("k7qm2xwp")).toBe("K7QM-2XWP");
    expect(normalizeAppointmentCode("K7QM – 2XWP")).toBe("K7QM-2XWP");
    expect(normalizeAppointmentCode("k7qm-2xw")).toBe("K7QM-2XW");
  });
});
