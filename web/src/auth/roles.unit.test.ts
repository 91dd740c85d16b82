import { describe, expect, it } from "vitest";
import {
  roles as apiRoles,
  staffRoles as apiStaffRoles,
} from "../../../src/platform/auth/roles.ts";
import { en } from "../i18n/catalogues.ts";
import { ROLES, STAFF_ROLES } from "./roles.ts";

describe("roles", () => {
  it("are the API's roles, and the staff roles the ones an administrator may invite", () => {
    expect([...ROLES].sort()).toEqual([...apiRoles].sort());
    expect([...STAFF_ROLES].sort()).toEqual([...apiStaffRoles].sort());
  });

  it("each have a name in the catalogue", () => {
    expect(ROLES.filter((role) => !Object.hasOwn(en.role, role))).toEqual([]);
  });
});
