/**
 * A command the case does not allow, as a value: the rule that forbids it, the rule's citation,
 * and an English message naming the blocking fact. Domain code knows no HTTP status codes; one
 * mapper in platform/ turns this into problem+json.
 */
export interface Refusal {
  /** Rule id, e.g. "removal.guard.ij-review-pending". */
  rule: string;
  /** The law or regulation, e.g. "8 CFR 1003.6(a)". */
  citation: string;
  message: string;
  /** The command field at fault, when there is one. */
  field?: string;
}

export function refusal(rule: string, citation: string, message: string, field?: string): Refusal {
  return field === undefined ? { rule, citation, message } : { rule, citation, message, field };
}
