/** The custody area's table (migration 0011), added to the platform's `Database`. */

/** A person ICE holds at a facility, by case (a read model kept from the case log). */
export interface DetaineesTable {
  case_id: string;
  person_id: string;
  facility_id: string;
  /** When they were placed at this facility (detained there, or moved there). */
  since: Date;
}

declare module "../platform/database/schema.ts" {
  interface Database {
    detainees: DetaineesTable;
  }
}
