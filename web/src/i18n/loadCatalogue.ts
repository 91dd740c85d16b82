import { en } from "./english.ts";
import type { Language } from "./languages.ts";

type Loader = () => Promise<{ default: Record<string, unknown> }>;

/**
 * The other catalogues, each fetched only when its language is chosen: a reader on a slow
 * connection downloads English (the fallback) and their own language, not all six.
 */
const LOADERS: Record<Exclude<Language, "en">, Loader> = {
  es: () => import("./es.json", { with: { type: "json" } }),
  ru: () => import("./ru.json", { with: { type: "json" } }),
  uk: () => import("./uk.json", { with: { type: "json" } }),
  ht: () => import("./ht.json", { with: { type: "json" } }),
  pt: () => import("./pt.json", { with: { type: "json" } }),
};

export async function loadCatalogue(language: Language): Promise<Record<string, unknown>> {
  if (language === "en") return en;
  return (await LOADERS[language]()).default;
}
