/** Haven's roles, in the order an administrator's role list shows them. */
export const ROLES = [
  "applicant",
  "attorney",
  "ngo_screener",
  "cbp_officer",
  "ice_officer",
  "asylum_officer",
  "immigration_judge",
  "court_clerk",
  "analyst",
  "administrator",
] as const;

export type Role = (typeof ROLES)[number];

/** Every role but the applicant's comes by an administrator's invitation. */
export const STAFF_ROLES: readonly Role[] = ROLES.filter((role) => role !== "applicant");

/** The staff roles that work on cases; analysts and administrators see no case data. */
export const CASE_ROLES: readonly Role[] = [
  "attorney",
  "ngo_screener",
  "cbp_officer",
  "ice_officer",
  "asylum_officer",
  "immigration_judge",
  "court_clerk",
];

export type PostKind = "port" | "facility" | "court";

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

export function isRole(value: string): value is Role {
  return (ROLES as readonly string[]).includes(value);
}
