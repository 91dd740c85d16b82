import type { Kysely, Selectable, Transaction } from "kysely";
import type { Role } from "../../platform/auth/roles.ts";
import { mfaState, type Session, type SessionAccount } from "../../platform/auth/sessions.ts";
import type { AccountsTable, Database } from "../../platform/database/schema.ts";
import type { Identifier } from "./identifiers.ts";

type Db = Kysely<Database> | Transaction<Database>;
export type AccountRow = Selectable<AccountsTable>;

export async function findAccountByIdentifier(
  db: Db,
  identifier: Identifier,
): Promise<AccountRow | undefined> {
  return db
    .selectFrom("accounts")
    .selectAll()
    .where(identifier.kind, "=", identifier.value)
    .executeTakeFirst();
}

export async function findAccountById(db: Db, id: string): Promise<AccountRow | undefined> {
  return db.selectFrom("accounts").selectAll().where("id", "=", id).executeTakeFirst();
}

export interface NewAccount {
  email?: string | null;
  phone?: string | null;
  passwordHash: string;
  role: Role;
  post?: { kind: "port" | "facility" | "court"; id: string } | null;
  preferredLanguage: string;
  displayName?: string | null;
  totpSecret?: string | null;
  totpEnrolledAt?: Date | null;
}

export async function insertAccount(db: Db, account: NewAccount): Promise<string> {
  const row = await db
    .insertInto("accounts")
    .values({
      email: account.email ?? null,
      phone: account.phone ?? null,
      password_hash: account.passwordHash,
      role: account.role,
      post_kind: account.post?.kind ?? null,
      post_id: account.post?.id ?? null,
      preferred_language: account.preferredLanguage,
      display_name: account.displayName ?? null,
      totp_secret: account.totpSecret ?? null,
      totp_enrolled_at: account.totpEnrolledAt ?? null,
    })
    .returning("id")
    .executeTakeFirstOrThrow();
  return row.id;
}

export function toSessionAccount(row: AccountRow): SessionAccount {
  return {
    id: row.id,
    role: row.role as Role,
    preferredLanguage: row.preferred_language,
    displayName: row.display_name,
    post: row.post_kind && row.post_id ? { kind: row.post_kind, id: row.post_id } : null,
    totpEnrolled: row.totp_enrolled_at !== null,
  };
}

/** The account as the API shows it to its owner. */
export function accountView(account: SessionAccount, session: Session) {
  return {
    id: account.id,
    role: account.role,
    preferredLanguage: account.preferredLanguage,
    displayName: account.displayName,
    mfa: mfaState(account, session),
  };
}

/** What the person signing in does next. */
export function nextStep(
  account: SessionAccount,
  session: Session,
): "done" | "totp" | "enrol-totp" {
  const mfa = mfaState(account, session);
  if (mfa === "enrol") return "enrol-totp";
  if (mfa === "verify") return "totp";
  return "done";
}
