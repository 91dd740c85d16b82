import type { Role } from "./roles.ts";

/**
 * Who may run each case command, by agency: CBP encounters people at the border; ICE holds,
 * releases and removes; USCIS asylum officers screen for credible fear and decide asylum merits
 * interviews; EOIR judges and clerks run the court; applicants and their attorneys change their
 * address and make the filings that are theirs to make. A command not listed is refused to
 * everyone (default deny), and a test checks that every command the engine knows is listed.
 */
const APPLICANT_SIDE: readonly Role[] = ["applicant", "attorney"];
const CBP: readonly Role[] = ["cbp_officer"];
const ICE: readonly Role[] = ["ice_officer"];
const USCIS: readonly Role[] = ["asylum_officer"];
const COURT: readonly Role[] = ["immigration_judge", "court_clerk"];
const JUDGE: readonly Role[] = ["immigration_judge"];

export const commandRoles: Readonly<Record<string, readonly Role[]>> = {
  // people
  OpenCase: ["cbp_officer"],
  ChangeAddress: [...APPLICANT_SIDE, "ice_officer", "court_clerk"],
  // appointments and encounters (CBP)
  CheckInAppointment: CBP,
  RecordEncounter: CBP,
  GrantHumanitarianException: CBP,
  OrderExpeditedRemoval: CBP,
  ExpelUnderTitle42: CBP,
  ProcessUnderTitle8: CBP,
  ClaimFear: [...CBP, ...ICE, ...USCIS, ...APPLICANT_SIDE],
  // custody (ICE; the court redetermines bond)
  DetainAtFacility: ICE,
  TransferToFacility: ICE,
  SetBond: ICE,
  PostBond: [...ICE, ...APPLICANT_SIDE],
  RequestBondRedetermination: APPLICANT_SIDE,
  RedetermineBond: JUDGE,
  GrantParole: ICE,
  ReleaseOnRecognizance: ICE,
  // protection (USCIS asylum officers)
  ScheduleCredibleFearInterview: USCIS,
  DetermineCredibleFear: USCIS,
  CompleteSupervisoryReview: USCIS,
  ReconsiderCredibleFear: USCIS,
  RequestIJReview: [...USCIS, ...APPLICANT_SIDE],
  DeclineIJReview: [...USCIS, ...APPLICANT_SIDE],
  ScheduleAsylumMeritsInterview: USCIS,
  DecideAsylumMerits: USCIS,
  // court (EOIR)
  DecideIJReview: JUDGE,
  ServeNoticeToAppear: [...CBP, ...ICE, ...USCIS],
  FileAsylumApplication: [...APPLICANT_SIDE, "court_clerk"],
  ScheduleHearing: COURT,
  HoldHearing: JUDGE,
  IssueIJDecision: JUDGE,
  WaiveAppeal: [...APPLICANT_SIDE, ...COURT],
  FileAppeal: [...APPLICANT_SIDE, "court_clerk"],
  RecordAppealPeriodExpired: COURT,
  DecideAppeal: COURT,
  FileMotion: [...APPLICANT_SIDE, "court_clerk"],
  DecideMotion: JUDGE,
  FilePetitionForReview: [...APPLICANT_SIDE, "court_clerk"],
  // removal (ICE; stays by the court or ICE)
  ScheduleRemoval: ICE,
  ExecuteRemoval: ICE,
  RecordFailedRemovalAttempt: ICE,
  GrantStay: [...ICE, ...JUDGE],
  LiftStay: [...ICE, ...JUDGE],
};

export function mayRunCommand(role: Role, commandType: string): boolean {
  return (
    Object.hasOwn(commandRoles, commandType) && (commandRoles[commandType] ?? []).includes(role)
  );
}

/** The command types a zod discriminated union on `type` accepts. */
export function commandTypesOf(schema: unknown): string[] {
  const options = (schema as { options?: unknown[] }).options ?? [];
  return options
    .map((option) => (option as { shape?: { type?: { value?: unknown } } }).shape?.type?.value)
    .filter((value): value is string => typeof value === "string");
}
