import { type Catalogue, en, englishParts } from "./english.ts";
import type { Language } from "./languages.ts";
import { partOf } from "./loadCatalogue.ts";

type Part = Record<string, unknown>;

const FILES = import.meta.glob<Part>("../*/texts/*.json", { import: "default", eager: true });

/**
 * Every part of every language, by folder then language (`texts.appointments.ru`), for the tests:
 * the unit test checks that each language's part has exactly the keys of the English one.
 */
export const texts: Record<string, Partial<Record<Language, Part>>> = {};
for (const [path, part] of Object.entries(FILES)) {
  const where = partOf(path);
  if (!where) continue;
  texts[where.folder] = { ...texts[where.folder], [where.language]: part };
}

function merged(language: Language): Catalogue {
  const parts = Object.values(texts).map((folder) => folder[language] ?? {});
  return Object.assign({}, ...parts) as Catalogue;
}

/**
 * Every language's whole catalogue, for the tests (typed as English's, whose keys the unit test
 * checks each language has); the app itself loads them one at a time (loadCatalogue.ts).
 */
export const catalogues: Record<Language, Catalogue> = {
  en: merged("en"),
  es: merged("es"),
  ru: merged("ru"),
  uk: merged("uk"),
  ht: merged("ht"),
  pt: merged("pt"),
};

export { type Catalogue, en, englishParts };
