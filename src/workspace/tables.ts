/** The workspace's table (migration 0015), added to the platform's `Database` by declaration merging. */
export interface CaseNameKeysTable {
  key: string;
  case_id: string;
}

declare module "../platform/database/schema.ts" {
  interface Database {
    case_name_keys: CaseNameKeysTable;
  }
}
