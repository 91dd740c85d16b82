import i18next, { type Resource } from "i18next";
import { initReactI18next } from "react-i18next";
import { catalogues } from "./catalogues.ts";
import { DEFAULT_LANGUAGE, detectLanguage, type Language, LANGUAGES } from "./languages.ts";

const STORAGE_KEY = "haven.lang";

function readStored(): string | null {
  try {
    return window.localStorage.getItem(STORAGE_KEY);
  } catch {
    return null;
  }
}

function store(language: Language): void {
  try {
    window.localStorage.setItem(STORAGE_KEY, language);
  } catch {
    // Storage can be unavailable (private browsing); the choice then lasts for this page only.
  }
}

/** Keeps `?lang=` in the address in step with the choice, when the address carries one. */
function syncQuery(language: Language): void {
  const url = new URL(window.location.href);
  if (!url.searchParams.has("lang") || url.searchParams.get("lang") === language) return;
  url.searchParams.set("lang", language);
  window.history.replaceState(window.history.state, "", url);
}

function apply(language: Language): void {
  document.documentElement.lang = language;
  store(language);
  syncQuery(language);
}

export async function startI18n(): Promise<Language> {
  const language = detectLanguage({
    query: new URLSearchParams(window.location.search).get("lang"),
    stored: readStored(),
    preferred: navigator.languages?.length ? navigator.languages : [navigator.language],
  });
  const resources: Resource = Object.fromEntries(
    Object.entries(catalogues).map(([code, translation]) => [code, { translation }]),
  );
  await i18next.use(initReactI18next).init({
    lng: language,
    fallbackLng: DEFAULT_LANGUAGE,
    supportedLngs: LANGUAGES.map((entry) => entry.code),
    resources,
    interpolation: { escapeValue: false },
  });
  apply(language);
  return language;
}

export async function changeLanguage(language: Language): Promise<void> {
  await i18next.changeLanguage(language);
  apply(language);
}
