import type { CaseProjection } from "../../platform/caseLog/projection.ts";

/** What staff must do next on a case, by role and post, from the areas' worklist rules. */
export const worklistItems: CaseProjection = {
  name: "worklist-items",
  version: 2,
  async update(trx, { case: stored }, pathway) {
    await trx.deleteFrom("worklist_items").where("case_id", "=", stored.id).execute();
    const items = pathway.worklist(stored.state as never, stored.clocks.running);
    if (items.length === 0) return;
    await trx
      .insertInto("worklist_items")
      .values(
        items.map((item) => ({
          case_id: stored.id,
          item: item.item,
          role: item.role,
          post_kind: item.post?.kind ?? null,
          post_id: item.post?.id ?? null,
          due_at: item.dueAt === null ? null : new Date(item.dueAt),
          warn_at: item.warnAt ? new Date(item.warnAt) : null,
          rule_id: item.ruleId,
        })),
      )
      .execute();
  },
  async clear(trx) {
    await trx.deleteFrom("worklist_items").execute();
  },
};
