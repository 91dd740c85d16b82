import { en } from "./english.ts";
import type { Language } from "./languages.ts";

type Part = Record<string, unknown>;

/**
 * The other languages' texts, every folder's part (`<folder>/texts/<language>.json`), each
 * fetched only when its language is chosen: a reader on a slow connection downloads English (the
 * fallback) and their own language, not all six. The build puts a language's parts in one file.
 */
const PARTS = import.meta.glob<Part>(["../*/texts/*.json", "!../*/texts/en.json"], {
  import: "default",
});

/**
 * Whose part a glob key is: `../appointments/texts/ru.json` → `appointments`, `ru`; this folder's
 * own (shared) part comes as `./texts/ru.json` → `i18n`, `ru`.
 */
export function partOf(path: string): { folder: string; language: string } | null {
  const match = /^(?:\.\.\/([^/]+)|\.)\/texts\/([a-z]+)\.json$/.exec(path);
  return match?.[2] ? { folder: match[1] ?? "i18n", language: match[2] } : null;
}

/** One language's catalogue: its parts merged (each part holds its own namespaces). */
export async function loadCatalogue(language: Language): Promise<Record<string, unknown>> {
  if (language === "en") return en;
  const loads = Object.entries(PARTS)
    .filter(([path]) => partOf(path)?.language === language)
    .map(([, load]) => load());
  return Object.assign({}, ...(await Promise.all(loads)));
}
