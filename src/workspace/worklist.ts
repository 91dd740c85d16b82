import { type Kysely, sql } from "kysely";
import { nativeName } from "../cases/persons.ts";
import type { SessionAccount } from "../platform/auth/sessions.ts";
import type { Database } from "../platform/database/schema.ts";
import type { CaseLine, WorklistView } from "./schemas.ts";

type Post = NonNullable<SessionAccount["post"]>;

interface Cursor {
  due: string;
  caseId: string;
  item: string;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

function encodeCursor(cursor: Cursor): string {
  return Buffer.from(JSON.stringify([cursor.due, cursor.caseId, cursor.item])).toString(
    "base64url",
  );
}

/** A cursor this server made, or null for anything else (the caller gets a 400). */
export function decodeCursor(text: string): Cursor | null {
  try {
    const [due, caseId, item] = JSON.parse(Buffer.from(text, "base64url").toString("utf8"));
    const dueOk = due === "infinity" || (typeof due === "string" && !Number.isNaN(Date.parse(due)));
    if (!dueOk || typeof caseId !== "string" || !UUID.test(caseId) || typeof item !== "string") {
      return null;
    }
    return { due, caseId, item };
  } catch {
    return null;
  }
}

export function caseLine(row: {
  case_id: string;
  reference: string;
  regions: Record<string, string>;
  given_name: string;
  family_name: string;
  native_given_name: string | null;
  native_family_name: string | null;
  nationality: string;
}): CaseLine {
  return {
    id: row.case_id,
    reference: row.reference,
    displayName: `${row.given_name} ${row.family_name}`,
    nativeName: nativeName(row),
    nationality: row.nationality,
    state: row.regions,
  };
}

/**
 * A page of what the account's role must do next, what is due first first: at its post (the
 * post's items and those that belong to no post yet), or everywhere.
 */
export async function worklistPage(
  db: Kysely<Database>,
  account: Pick<SessionAccount, "role" | "post">,
  scope: "post" | "all",
  limit: number,
  after: Cursor | null,
): Promise<WorklistView> {
  const post: Post | null = scope === "post" ? account.post : null;
  // Each part is read in its index's order; a post's page is its items and the unplaced ones.
  const rows = post
    ? merge(
        await Promise.all([
          itemRows(db, account.role, post, after, limit + 1),
          itemRows(db, account.role, "unplaced", after, limit + 1),
        ]),
      )
    : await itemRows(db, account.role, "anywhere", after, limit + 1);
  const page = rows.slice(0, limit);
  const last = page.at(-1);
  const names = await postNames(db, [
    ...(post ? [post] : []),
    ...page.flatMap((row) =>
      row.post_kind && row.post_id ? [{ kind: row.post_kind, id: row.post_id }] : [],
    ),
  ]);
  const named = (kind: Post["kind"], id: string) => ({
    kind,
    id,
    name: names.get(`${kind}/${id}`) ?? id,
  });
  return {
    scope: post ? "post" : "all",
    post: post ? named(post.kind, post.id) : null,
    items: page.map((row) => ({
      item: row.item,
      post: row.post_kind && row.post_id ? named(row.post_kind, row.post_id) : null,
      dueAt: row.due_at?.toISOString() ?? null,
      warnAt: row.warn_at?.toISOString() ?? null,
      ruleId: row.rule_id,
      case: caseLine(row),
    })),
    next: rows.length > limit && last ? encodeCursor(cursorOf(last)) : null,
  };
}

async function postNames(db: Kysely<Database>, posts: Post[]): Promise<Map<string, string>> {
  const ids = [...new Set(posts.map((post) => post.id))];
  if (ids.length === 0) return new Map();
  const rows = await db
    .selectFrom("posts")
    .select(["kind", "id", "name"])
    .where("id", "in", ids)
    .execute();
  return new Map(rows.map((row) => [`${row.kind}/${row.id}`, row.name]));
}

type ItemRow = Awaited<ReturnType<typeof itemRows>>[number];

function cursorOf(row: ItemRow): Cursor {
  return { due: row.due_at?.toISOString() ?? "infinity", caseId: row.case_id, item: row.item };
}

function itemRows(
  db: Kysely<Database>,
  role: string,
  where: Post | "unplaced" | "anywhere",
  after: Cursor | null,
  limit: number,
) {
  let query = db
    .selectFrom("worklist_items as w")
    .innerJoin("case_summaries as s", "s.case_id", "w.case_id")
    .innerJoin("persons as p", "p.id", "s.person_id")
    .select([
      "w.case_id",
      "w.item",
      "w.post_kind",
      "w.post_id",
      "w.due_at",
      "w.warn_at",
      "w.rule_id",
      "s.reference",
      "s.regions",
      "p.given_name",
      "p.family_name",
      "p.native_given_name",
      "p.native_family_name",
      "p.nationality",
    ])
    .where("w.role", "=", role);
  if (where === "unplaced") {
    query = query.where("w.post_kind", "is", null).where("w.post_id", "is", null);
  } else if (where !== "anywhere") {
    query = query.where("w.post_kind", "=", where.kind).where("w.post_id", "=", where.id);
  }
  if (after) {
    query = query.where(
      sql<boolean>`(w.due_order, w.case_id, w.item collate "C") > (${after.due}::timestamptz, ${after.caseId}::uuid, ${after.item} collate "C")`,
    );
  }
  return query
    .orderBy("w.due_order")
    .orderBy("w.case_id")
    .orderBy(sql`w.item collate "C"`)
    .limit(limit)
    .execute();
}

const dueMs = (row: ItemRow) => row.due_at?.getTime() ?? Number.POSITIVE_INFINITY;

/** Two pages in the worklist's order, as one. */
function merge([a, b]: [ItemRow[], ItemRow[]]): ItemRow[] {
  // Two items with no due time differ by NaN, which `||` passes over to the case and the item.
  const order = (x: ItemRow, y: ItemRow) =>
    dueMs(x) - dueMs(y) ||
    (x.case_id < y.case_id ? -1 : x.case_id > y.case_id ? 1 : 0) ||
    (x.item < y.item ? -1 : x.item > y.item ? 1 : 0);
  return [...a, ...b].sort(order);
}
