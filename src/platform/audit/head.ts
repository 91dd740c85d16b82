import type { Kysely, Transaction } from "kysely";
import type { Database } from "../database/schema.ts";

/** The last chained entry's position and hash; undefined while nothing is chained. */
export function chainHead(db: Kysely<Database> | Transaction<Database>) {
  return db
    .selectFrom("audit_log")
    .select(["seq", "hash"])
    .where("seq", "is not", null)
    .orderBy("seq", "desc")
    .limit(1)
    .executeTakeFirst();
}
