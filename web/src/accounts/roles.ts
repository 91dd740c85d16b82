/** Haven's roles: the server's own list (src/platform/auth/roles.ts), and what the web adds. */
import type { Post } from "../../../src/people/accounts/schemas.ts";
import {
  caseScopes,
  isRole,
  type Role,
  roles,
  staffRoles,
} from "../../../src/platform/auth/roles.ts";

export { isRole, type Role };

/** Haven's roles, in the order an administrator's role list shows them. */
export const ROLES: readonly Role[] = roles;

/** Every role but the applicant's comes by an administrator's invitation. */
export const STAFF_ROLES: readonly Role[] = staffRoles;

/** The staff roles that work on cases; analysts and administrators see no case data. */
export const CASE_ROLES: readonly Role[] = staffRoles.filter((role) => caseScopes[role] !== "none");

/** The roles whose home is the worklist of what they must do next (the government's staff). */
export const WORKLIST_ROLES: readonly Role[] = [
  "cbp_officer",
  "ice_officer",
  "asylum_officer",
  "immigration_judge",
  "court_clerk",
];

export type PostKind = Post["kind"];

/** The kind of post a role is stationed at, if it has one. */
export function postKindFor(role: Role): PostKind | null {
  switch (role) {
    case "cbp_officer":
      return "port";
    case "ice_officer":
      return "facility";
    case "immigration_judge":
    case "court_clerk":
      return "court";
    default:
      return null;
  }
}
