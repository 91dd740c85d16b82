import { createHash } from "node:crypto";
import canonicalize from "canonicalize";

// Any fixed number: the advisory lock that makes one sequencer at a time chain entries (and sign
// the head), however many server processes share the database.
export const SEQUENCER_LOCK = 208_6;

/** The hash before the first entry: the chain starts from 64 zeros. */
export const GENESIS_HASH = "0".repeat(64);

/** What the chain commits to for one entry: everything in the row but the hash itself. */
export interface ChainedFields {
  seq: number;
  id: number;
  at: Date;
  actor: string;
  action: string;
  subjectType: string | null;
  subjectId: string | null;
  details: Record<string, unknown>;
}

/** The chained fields of an audit_log row, at the given position in the chain. */
export function chainedFields(
  seq: number,
  row: {
    id: number;
    at: Date;
    actor: string;
    action: string;
    subject_type: string | null;
    subject_id: string | null;
    details: Record<string, unknown>;
  },
): ChainedFields {
  return {
    seq,
    id: row.id,
    at: row.at,
    actor: row.actor,
    action: row.action,
    subjectType: row.subject_type,
    subjectId: row.subject_id,
    details: row.details,
  };
}

/**
 * SHA-256 over the previous hash and the entry in RFC 8785 canonical JSON, so that the same row
 * hashes the same on PGlite and PostgreSQL whatever order jsonb gives its keys.
 */
export function entryHash(prevHash: string, entry: ChainedFields): string {
  const body = canonicalize({
    seq: entry.seq,
    id: entry.id,
    at: entry.at.toISOString(),
    actor: entry.actor,
    action: entry.action,
    subjectType: entry.subjectType,
    subjectId: entry.subjectId,
    details: entry.details,
  });
  return createHash("sha256").update(`${prevHash}\n${body}`).digest("hex");
}
