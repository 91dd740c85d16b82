import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  can,
  caseScopes,
  isStaff,
  permissions,
  rolePermissions,
  roles,
  staffRoles,
} from "./roles.ts";

describe("roles and permissions", () => {
  it("gives every role a known set of permissions and a case scope", () => {
    for (const role of roles) {
      for (const permission of rolePermissions[role]) expect(permissions).toContain(permission);
      expect(caseScopes[role]).toBeDefined();
    }
  });

  it("answers `can` exactly from the table", () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...roles),
        fc.constantFrom(...permissions),
        (role, permission) => {
          expect(can(role, permission)).toBe(rolePermissions[role].includes(permission));
        },
      ),
    );
  });

  it("makes every role but the applicant staff, who must give a second factor", () => {
    expect(staffRoles).toEqual(roles.filter((role) => role !== "applicant"));
    for (const role of staffRoles) {
      expect(isStaff(role)).toBe(true);
      expect(can(role, "account.second-factor")).toBe(true);
    }
    expect(can("applicant", "account.second-factor")).toBe(false);
  });

  it("keeps case data from the analyst and the administrator", () => {
    for (const role of ["analyst", "administrator"] as const) {
      expect(caseScopes[role]).toBe("none");
      for (const permission of ["case.list", "case.read", "case.open", "case.command"] as const) {
        expect(can(role, permission)).toBe(false);
      }
    }
  });

  it("scopes the applicant, the attorney and the screener by relationship, staff to all", () => {
    expect(caseScopes.applicant).toBe("linked-persons");
    expect(caseScopes.attorney).toBe("appearance");
    expect(caseScopes.ngo_screener).toBe("referral");
    for (const role of [
      "cbp_officer",
      "ice_officer",
      "asylum_officer",
      "immigration_judge",
      "court_clerk",
    ] as const) {
      expect(caseScopes[role]).toBe("all");
    }
  });
});
