import { en } from "./en.ts";
import { es } from "./es.ts";
import { ht } from "./ht.ts";
import { pt } from "./pt.ts";
import { ru } from "./ru.ts";
import type { NoticeTexts } from "./types.ts";
import { uk } from "./uk.ts";

export type { NoticeTexts } from "./types.ts";

/** The languages notices are written in: Haven's six. */
export const noticeLanguages = ["en", "es", "ru", "uk", "ht", "pt"] as const;
export type NoticeLanguage = (typeof noticeLanguages)[number];

export const noticeTexts: Readonly<Record<NoticeLanguage, NoticeTexts>> = {
  en,
  es,
  ru,
  uk,
  ht,
  pt,
};

/** The first of the person's languages that notices are written in; English otherwise. */
export function noticeLanguage(
  ...candidates: readonly (string | null | undefined)[]
): NoticeLanguage {
  for (const candidate of candidates) {
    const code = candidate?.toLowerCase().split(/[-_]/)[0];
    if (code && (noticeLanguages as readonly string[]).includes(code))
      return code as NoticeLanguage;
  }
  return "en";
}
