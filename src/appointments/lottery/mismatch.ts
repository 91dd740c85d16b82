/** What a verifier reports: each way a record differs from the rules, named. */
export type MismatchCode =
  | "format"
  | "commitments"
  | "reveal-mismatch"
  | "unrevealed"
  | "status"
  | "final-seed"
  | "requests-order"
  | "requests-digest"
  | "input"
  | "allocation"
  /** The record disagrees with its signed terms, or a receipt names other terms. */
  | "terms"
  /** A signature (of the terms or of a receipt) is not Haven's. */
  | "signature"
  /** A receipt the record lists contradicts the record. */
  | "receipts"
  /** A receipt held by a verifier is not among the record's. */
  | "unlisted-receipt"
  /** A held receipt for a commitment whose commitment the record does not have. */
  | "dropped-commitment"
  /** A held receipt for a reveal whose seed the record does not use. */
  | "dropped-reveal"
  /** A held receipt is for another day or round. */
  | "other-draw";

export interface Mismatch {
  code: MismatchCode;
  message: string;
}

export interface Verification {
  ok: boolean;
  mismatches: Mismatch[];
  /** Whether signatures were checked (a check was passed in); when not, they are not vouched for. */
  signaturesChecked: boolean;
}
