import type { TFunction } from "i18next";
import { type Catalogue, en } from "../i18n/english.ts";

type ItemKey = `workItem.${keyof Catalogue["workItem"] & string}`;

/** "court.motion.<id>" is one kind of item whatever the motion. */
function kindOf(item: string): string {
  return item.startsWith("court.motion.") ? "court.motion" : item;
}

/** What a worklist item asks for, in words; an item this version does not know shows as it is. */
export function workItemLabel(t: TFunction, item: string): string {
  const kind = kindOf(item).replaceAll(".", "_");
  return Object.hasOwn(en.workItem, kind) ? t(`workItem.${kind}` as ItemKey) : item;
}
