/** The languages Haven's pages are offered in, each named in its own language. */
export const LANGUAGES = [
  { code: "en", name: "English", englishName: "English" },
  { code: "es", name: "Español", englishName: "Spanish" },
  { code: "ru", name: "Русский", englishName: "Russian" },
  { code: "uk", name: "Українська", englishName: "Ukrainian" },
  { code: "ht", name: "Kreyòl ayisyen", englishName: "Haitian Creole" },
  { code: "pt", name: "Português", englishName: "Portuguese" },
] as const;

export type Language = (typeof LANGUAGES)[number]["code"];

export const DEFAULT_LANGUAGE: Language = "en";

export function isLanguage(value: string): value is Language {
  return LANGUAGES.some((language) => language.code === value);
}

/** Maps a BCP 47 tag such as `pt-BR` or `RU` to a language Haven offers, if any. */
export function matchLanguage(tag: string | null | undefined): Language | null {
  if (!tag) return null;
  const primary = tag.trim().toLowerCase().split(/[-_]/)[0] ?? "";
  return isLanguage(primary) ? primary : null;
}

export interface LanguageSources {
  query: string | null;
  stored: string | null;
  preferred: readonly string[];
}

/** The `?lang=` query first, then the stored choice, then the browser's languages, then English. */
export function detectLanguage({ query, stored, preferred }: LanguageSources): Language {
  return (
    matchLanguage(query) ??
    matchLanguage(stored) ??
    preferred.map(matchLanguage).find((language) => language !== null) ??
    DEFAULT_LANGUAGE
  );
}
