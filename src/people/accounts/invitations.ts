import { recordAudit } from "../../platform/audit/record.ts";
import { hashPassword } from "../../platform/auth/password.ts";
import { passwordProblem } from "../../platform/auth/passwordPolicy.ts";
import type { Role } from "../../platform/auth/roles.ts";
import { rotateSession, type Session, type SessionAccount } from "../../platform/auth/sessions.ts";
import { randomToken, sha256 } from "../../platform/auth/tokens.ts";
import { invitationMail } from "../../platform/mail/messages.ts";
import type { Services } from "../../platform/services.ts";
import { inTransaction, type Write } from "../../platform/work.ts";
import { insertAccount } from "./store.ts";

export const INVITATION_HOURS = 72;
type PostKind = "port" | "facility" | "court";

export type InviteOutcome =
  | { kind: "invited"; id: string; expiresAt: Date }
  | { kind: "no-such-post" }
  | { kind: "has-account" };

/** An administrator invites a staff member: a single-use link, valid 72 hours, by e-mail. */
export async function inviteStaff(
  services: Services,
  input: {
    email: string;
    role: string;
    post?: { kind: PostKind; id: string };
    displayName?: string;
  },
  write: Write,
): Promise<InviteOutcome> {
  const { db } = services;
  const email = input.email.trim().toLowerCase();
  if (input.post) {
    const post = await db
      .selectFrom("posts")
      .select("id")
      .where("kind", "=", input.post.kind)
      .where("id", "=", input.post.id)
      .executeTakeFirst();
    if (!post) return { kind: "no-such-post" };
  }
  const existing = await db
    .selectFrom("accounts")
    .select("id")
    .where("email", "=", email)
    .executeTakeFirst();
  if (existing) return { kind: "has-account" };
  const token = randomToken();
  const now = services.clock();
  const expiresAt = new Date(now.getTime() + INVITATION_HOURS * 3_600_000);
  const link = `${services.publicUrl}/invitation/${token}`;
  const { id } = await inTransaction(services, write, async ({ trx, audit, send }) => {
    const row = await trx
      .insertInto("invitations")
      .values({
        token_hash: sha256(token),
        email,
        role: input.role,
        post_kind: input.post?.kind ?? null,
        post_id: input.post?.id ?? null,
        display_name: input.displayName ?? null,
        invited_by: write.actor,
        created_at: now,
        expires_at: expiresAt,
        accepted_at: null,
        account_id: null,
      })
      .returning("id")
      .executeTakeFirstOrThrow();
    audit({
      type: "invitation",
      id: row.id,
      details: { role: input.role, post: input.post ?? null },
    });
    await send({
      ...invitationMail(email, input.role, link, INVITATION_HOURS),
      purpose: "invitation",
    });
    return { ok: true, id: row.id };
  });
  return { kind: "invited", id, expiresAt };
}

async function openInvitation(services: Services, token: string) {
  return services.db
    .selectFrom("invitations")
    .leftJoin("posts", (join) =>
      join
        .onRef("posts.kind", "=", "invitations.post_kind")
        .onRef("posts.id", "=", "invitations.post_id"),
    )
    .select([
      "invitations.id",
      "invitations.email",
      "invitations.role",
      "invitations.post_kind",
      "invitations.post_id",
      "invitations.display_name",
      "invitations.expires_at",
      "posts.name as post_name",
    ])
    .where("invitations.token_hash", "=", sha256(token))
    .where("invitations.accepted_at", "is", null)
    .where("invitations.expires_at", ">", services.clock())
    .executeTakeFirst();
}

/** What an invitation link offers, or null when it is unknown, used or expired. */
export async function readInvitation(services: Services, token: string) {
  const row = await openInvitation(services, token);
  if (!row) return null;
  return {
    id: row.id,
    view: {
      email: row.email,
      role: row.role,
      post:
        row.post_kind && row.post_id
          ? { kind: row.post_kind, id: row.post_id, name: row.post_name ?? row.post_id }
          : null,
      expiresAt: row.expires_at.toISOString(),
    },
  };
}

export type AcceptOutcome =
  | { kind: "accepted"; rawId: string; session: Session; account: SessionAccount }
  | { kind: "bad-token" }
  | { kind: "weak-password"; message: string }
  | { kind: "has-account" };

/** The invited staff member sets a password and is signed in, to enrol a second factor next. */
export async function acceptInvitation(
  services: Services,
  token: string,
  input: { password: string; preferredLanguage: string },
  previous: Session | null,
): Promise<AcceptOutcome> {
  const invitation = await openInvitation(services, token);
  if (!invitation) return { kind: "bad-token" };
  const problem = passwordProblem(input.password, [invitation.email]);
  if (problem) return { kind: "weak-password", message: problem };
  const passwordHash = await hashPassword(input.password);
  const now = services.clock();
  try {
    return await services.db.transaction().execute(async (trx) => {
      const claimed = await trx
        .updateTable("invitations")
        .set({ accepted_at: now })
        .where("id", "=", invitation.id)
        .where("accepted_at", "is", null)
        .returning("id")
        .executeTakeFirst();
      if (!claimed) return { kind: "bad-token" as const };
      const post =
        invitation.post_kind && invitation.post_id
          ? { kind: invitation.post_kind, id: invitation.post_id }
          : null;
      const id = await insertAccount(trx, {
        email: invitation.email,
        passwordHash,
        role: invitation.role as Role,
        post,
        preferredLanguage: input.preferredLanguage,
        displayName: invitation.display_name,
      });
      await trx
        .updateTable("invitations")
        .set({ account_id: id })
        .where("id", "=", invitation.id)
        .execute();
      const created = await rotateSession(trx, previous, id, false, now);
      await recordAudit(trx, {
        actor: `account:${id}`,
        action: "auth.invitation.accepted",
        subjectType: "account",
        subjectId: id,
        details: { invitation: invitation.id, role: invitation.role, post },
      });
      const account: SessionAccount = {
        id,
        role: invitation.role as Role,
        preferredLanguage: input.preferredLanguage,
        displayName: invitation.display_name,
        post,
        totpEnrolled: false,
      };
      return { kind: "accepted" as const, rawId: created.id, session: created.session, account };
    });
  } catch (error) {
    if ((error as { code?: string }).code === "23505") return { kind: "has-account" };
    throw error;
  }
}
