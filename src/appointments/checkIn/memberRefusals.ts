/**
 * Why one person of a group cannot be checked in, as a stable code the web translates, beside the
 * refusal's own rule and citation. Pure.
 */
import type { Refusal } from "../../core/refusal.ts";

export const memberRefusalCodes = [
  /** Already in CBP or ICE custody (encountered before, or detained). */
  "in-custody",
  /** Released from custody after an earlier encounter (parole, bond, recognizance). */
  "released",
  /** Removed from the United States. */
  "removed",
  /** The port took no CBP One appointments that day. */
  "not-in-service",
  /** Any other rule of the pathway. */
  "case-refused",
] as const;
export type MemberRefusalCode = (typeof memberRefusalCodes)[number];

export interface MemberRefusal {
  displayName: string;
  code: MemberRefusalCode;
  rule: string;
  citation: string;
  detail: string;
}

/** The code for a refusal on a case whose custody region stands at `custody`. */
export function memberRefusalCode(refusal: Refusal, custody: string | null): MemberRefusalCode {
  if (refusal.rule === "appointments.cbp-one.not-in-service") return "not-in-service";
  if (!refusal.rule.startsWith("process.custody.")) return "case-refused";
  if (custody === "cbp_custody" || custody === "detained") return "in-custody";
  if (custody?.startsWith("released_")) return "released";
  if (custody === "removed") return "removed";
  return "case-refused";
}

export function memberRefusal(
  displayName: string,
  refusal: Refusal,
  custody: string | null,
): MemberRefusal {
  return {
    displayName,
    code: memberRefusalCode(refusal, custody),
    rule: refusal.rule,
    citation: refusal.citation,
    detail: refusal.message,
  };
}
