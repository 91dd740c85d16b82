import type { TFunction } from "i18next";
import { CATEGORIES, type Category } from "../referralsApi.ts";

const STATUSES = ["pending", "granted", "refused"] as const;
type Status = (typeof STATUSES)[number];

/** "Women with small children"…; a category this version does not know shows as it is. */
export function categoryLabel(t: TFunction, category: string): string {
  return CATEGORIES.includes(category as Category)
    ? t(`referrals.category.${category as Category}`)
    : category;
}

export function statusLabel(t: TFunction, status: string): string {
  return STATUSES.includes(status as Status) ? t(`referrals.status.${status as Status}`) : status;
}
