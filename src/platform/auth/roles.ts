/**
 * Haven's roles and what each may do: data, not branches. The access layer reads this table; a
 * route declares the permission it needs and, for case routes, the relationship rule below.
 */
export const roles = [
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
export type Role = (typeof roles)[number];

/** Staff are invited by an administrator and must use a second factor (TOTP). */
export const staffRoles: readonly Role[] = roles.filter((role) => role !== "applicant");

export function isStaff(role: Role): boolean {
  return role !== "applicant";
}

export function isRole(value: string): value is Role {
  return (roles as readonly string[]).includes(value);
}

export const permissions = [
  "case.list",
  "case.read",
  "case.open",
  "case.command",
  "appearance.list",
  "appearance.file",
  "appearance.consent",
  "appearance.withdraw",
  "account.second-factor",
  "account.sessions",
  "admin.accounts",
  "admin.invite",
  "admin.totp-reset",
  "stats.read",
  "appointment.register",
  "appointment.list",
  "appointment.check-in",
  "registration.review",
  "lottery.observe",
  "lottery.admin",
  "policy.capacity",
  "policy.removals",
  "referral.create",
  "referral.list",
  "referral.decide",
  "removal.flights",
  "family-unit.link",
  "docket.read",
  "docket.manage",
] as const;
export type Permission = (typeof permissions)[number];

const CASE_WORK: Permission[] = ["account.sessions", "case.list", "case.read", "case.command"];
const STAFF: Permission[] = ["account.sessions", "account.second-factor"];

export const rolePermissions: Readonly<Record<Role, readonly Permission[]>> = {
  applicant: [
    ...CASE_WORK,
    "case.open",
    "appearance.list",
    "appearance.consent",
    "appearance.withdraw",
    "appointment.register",
  ],
  attorney: [
    ...CASE_WORK,
    "appearance.list",
    "appearance.file",
    "appearance.withdraw",
    "account.second-factor",
  ],
  ngo_screener: [
    ...STAFF,
    "case.list",
    "case.read",
    "case.open",
    "lottery.observe",
    "referral.create",
    "referral.list",
  ],
  cbp_officer: [
    ...CASE_WORK,
    "case.open",
    "account.second-factor",
    "appointment.list",
    "appointment.check-in",
    "registration.review",
    "referral.list",
    "referral.decide",
    "family-unit.link",
  ],
  ice_officer: [...CASE_WORK, "account.second-factor", "removal.flights", "docket.read"],
  asylum_officer: [...CASE_WORK, "account.second-factor"],
  immigration_judge: [...CASE_WORK, "account.second-factor", "docket.read"],
  court_clerk: [...CASE_WORK, "account.second-factor", "docket.read", "docket.manage"],
  analyst: [...STAFF, "stats.read"],
  administrator: [
    ...STAFF,
    "admin.accounts",
    "admin.invite",
    "admin.totp-reset",
    "lottery.admin",
    "policy.capacity",
    "policy.removals",
  ],
};

export function can(role: Role, permission: Permission): boolean {
  return rolePermissions[role].includes(permission);
}

/**
 * Which cases a role sees, on top of its permissions (the relationship rule of case routes):
 * - `linked-persons`: the account's own person and the family members it registered;
 * - `appearance`: cases with an appearance (G-28 / EOIR-28) the applicant consented to and that
 *   has not been withdrawn;
 * - `referral`: the people the screener referred;
 * - `all`: any case (a national system; scoping by post can narrow this later);
 * - `none`: no case data at all (aggregates only, or account administration).
 */
export type CaseScope = "linked-persons" | "appearance" | "referral" | "all" | "none";

export const caseScopes: Readonly<Record<Role, CaseScope>> = {
  applicant: "linked-persons",
  attorney: "appearance",
  ngo_screener: "referral",
  cbp_officer: "all",
  ice_officer: "all",
  asylum_officer: "all",
  immigration_judge: "all",
  court_clerk: "all",
  analyst: "none",
  administrator: "none",
};

/** What an opened case becomes for the account that opened it. */
export const openedCaseLinks: Readonly<Record<Role, "person" | "referral" | null>> = {
  applicant: "person",
  attorney: null,
  ngo_screener: "referral",
  cbp_officer: null,
  ice_officer: null,
  asylum_officer: null,
  immigration_judge: null,
  court_clerk: null,
  analyst: null,
  administrator: null,
};
