import { describe, expect, it } from "vitest";
import { en } from "../i18n/catalogues.ts";
import { CASE_ROLES, ROLES, STAFF_ROLES } from "./roles.ts";

describe("roles", () => {
  it("are the staff roles that work on cases: not analysts and administrators", () => {
    expect([...CASE_ROLES].sort()).toEqual(
      STAFF_ROLES.filter((role) => role !== "analyst" && role !== "administrator").sort(),
    );
  });

  it("each have a name in the catalogue", () => {
    expect(ROLES.filter((role) => !Object.hasOwn(en.role, role))).toEqual([]);
  });
});
