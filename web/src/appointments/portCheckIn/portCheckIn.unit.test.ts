import { describe, expect, it } from "vitest";
import { ApiError } from "../../platform/http.ts";
import { normalizeCode } from "./dayQuery.ts";
import { refusedMembers } from "./membersRefused.ts";

describe("the code an officer types", () => {
  it("finds the appointment however the code is typed: case, hyphen and spaces do not matter", () => {
    for (const typed of [
      "K7QM-2XWP",
      "k7qm-2xwp",
      "K7QM2XWP",
      "k7qm2xwp",
      " k7qm 2xwp ",
      "K7 QM 2X WP",
    ]) {
      expect(normalizeCode(typed), typed).toBe("K7QM-2XWP");
    }
  });

  it("leaves a code of the wrong length as typed, for the format check to name", () => {
    expect(normalizeCode("k7qm-2xw")).toBe("K7QM-2XW");
    expect(normalizeCode("  ")).toBe("");
  });
});

describe("a check-in some people of the group cannot have", () => {
  const person = {
    displayName: "Olga Smirnova",
    code: "in-custody" as const,
    rule: "process.custody.AppointmentCheckedIn",
    citation: "INA 235(a)(3); CBP One at ports of entry",
    detail: 'AppointmentCheckedIn is not allowed while custody is "cbp_custody"',
  };

  it("reads each person the server names, with the code the page translates", () => {
    const error = new ApiError(422, {
      status: 422,
      code: "members-refused",
      detail: "1 of 3 people …",
      people: [person],
    } as never);
    expect(refusedMembers(error)).toEqual([person]);
  });

  it("is no such refusal for other failures", () => {
    expect(refusedMembers(new ApiError(422, { status: 422, detail: "x" }))).toBeNull();
    expect(refusedMembers(new ApiError(409, { code: "members-refused" }))).toBeNull();
    expect(refusedMembers(new Error("offline"))).toBeNull();
  });
});
