/** The workspace's table (migration 0015), added to the platform's `Database` by declaration merging. */
export interface CaseNameKeysTable {
  /** A word's canonical skeleton, or two of them joined by "+" (the pair, in sorted order). */
  key: string;
  reference: string;
  case_id: string;
}

declare module "../platform/database/schema.ts" {
  interface Database {
    case_name_keys: CaseNameKeysTable;
  }
}
