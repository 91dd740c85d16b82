import type { Kysely } from "kysely";
import type { Database } from "../database/schema.ts";
import { isSealed, type SecretBox, SecretBoxError } from "../keys/secrets.ts";

/**
 * TOTP secrets (accounts.totp_secret, totp_pending_secret) are kept sealed (keys/secrets.ts),
 * bound to their account. A value in the older plain form (base32, from before sealing, or
 * written by a seed) is still read; `sealTotpSecrets` seals every such value at start-up.
 */
const context = (accountId: string) => `accounts.totp:${accountId}`;

export const sealTotpSecret = (box: SecretBox, accountId: string, secret: string): string =>
  box.seal(secret, context(accountId));

/** The base32 secret of a stored value; throws SecretBoxError when it cannot be opened. */
export function openTotpSecret(box: SecretBox, accountId: string, stored: string): string {
  return isSealed(stored) ? box.open(stored, context(accountId)) : stored;
}

/**
 * Seals again, under the box's current key, every stored TOTP secret that is not under it:
 * `which: "plain"` only the plain ones (at start-up), `"not-current"` also those under an older
 * key (`haven secrets rotate`); returns how many values it sealed. Accounts go in batches by id,
 * each batch in one transaction with its rows locked, so a concurrent enrolment or reset is
 * neither lost nor overwritten.
 */
export async function sealTotpSecrets(
  db: Kysely<Database>,
  box: SecretBox,
  which: "plain" | "not-current",
  batchSize = 200,
): Promise<number> {
  const prefix = which === "plain" ? "v1.%" : `v1.${box.keyId}.%`;
  const needs = (value: string) =>
    which === "plain" ? !isSealed(value) : !value.startsWith(`v1.${box.keyId}.`);
  let resealed = 0;
  let after: string | null = null;
  for (;;) {
    const last: string | null = await db.transaction().execute(async (trx) => {
      let query = trx
        .selectFrom("accounts")
        .select(["id", "totp_secret", "totp_pending_secret"])
        .where((eb) =>
          eb.or([
            eb("totp_secret", "not like", prefix),
            eb("totp_pending_secret", "not like", prefix),
          ]),
        )
        .orderBy("id")
        .limit(batchSize)
        .forUpdate();
      if (after !== null) query = query.where("id", ">", after);
      const rows = await query.execute();
      for (const row of rows) {
        const reseal = (value: string | null) => {
          if (value === null || !needs(value)) return value;
          resealed += 1;
          try {
            return sealTotpSecret(box, row.id, openTotpSecret(box, row.id, value));
          } catch (error) {
            if (!(error instanceof SecretBoxError)) throw error;
            throw new SecretBoxError(`account ${row.id}: ${error.message}`);
          }
        };
        const secret = reseal(row.totp_secret);
        const pending = reseal(row.totp_pending_secret);
        await trx
          .updateTable("accounts")
          .set({ totp_secret: secret, totp_pending_secret: pending })
          .where("id", "=", row.id)
          .execute();
      }
      return rows.length === batchSize ? (rows.at(-1)?.id ?? null) : null;
    });
    if (last === null) return resealed;
    after = last;
  }
}
