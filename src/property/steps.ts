import type { WorkItem } from "../core/pathway/index.ts";
import { CBP_HOLDER, type PropertyView } from "./state.ts";

/**
 * Property still held for a person who has left custody (released, expelled or removed) is to be
 * returned to them or handed on, by whoever holds it: CBP at the port of the encounter, or ICE at
 * the facility (CBP TEDS 2015, personal property; ICE PBNDS 2011, 2.5).
 */
export function propertyWorklist(state: PropertyView): WorkItem[] {
  if (state.custody === "cbp_custody" || state.custody === "detained") return [];
  const held = state.property.items.filter((item) => item.status === "held");
  const items: WorkItem[] = [];
  if (held.some((item) => item.heldBy === CBP_HOLDER)) {
    const port = state.entry?.port ?? null;
    items.push({
      item: "property.return-cbp",
      role: "cbp_officer",
      post: port ? { kind: "port", id: port } : null,
      dueAt: null,
      ruleId: null,
    });
  }
  const facility = held.find((item) => item.heldBy !== CBP_HOLDER)?.heldBy ?? null;
  if (facility !== null) {
    items.push({
      item: "property.return-ice",
      role: "ice_officer",
      post: facility === "ice" ? null : { kind: "facility", id: facility },
      dueAt: null,
      ruleId: null,
    });
  }
  return items;
}
