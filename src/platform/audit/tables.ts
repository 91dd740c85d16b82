/** The audit chain's signed checkpoints (migration 0022), added to the platform's `Database`. */

/** One signed head of the audit chain: at most one per sequence, never changed (a trigger). */
export interface AuditCheckpointsTable {
  sequence: number;
  head_hash: string;
  at: Date;
  key_id: string;
  signature: string;
}

declare module "../database/schema.ts" {
  interface Database {
    audit_checkpoints: AuditCheckpointsTable;
  }
}
