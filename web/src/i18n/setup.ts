import i18next from "i18next";
import { initReactI18next } from "react-i18next";
import { en } from "./english.ts";
import { DEFAULT_LANGUAGE, detectLanguage, LANGUAGES, type Language } from "./languages.ts";
import { loadCatalogue } from "./loadCatalogue.ts";

const STORAGE_KEY = "haven.lang";
/** Set once the reader picks a language on this device (the selector, or `?lang=`). */
const CHOSEN_KEY = "haven.lang.chosen";

function readStored(): string | null {
  try {
    return window.localStorage.getItem(STORAGE_KEY);
  } catch {
    return null;
  }
}

function store(language: Language, chosen: boolean): void {
  try {
    window.localStorage.setItem(STORAGE_KEY, language);
    if (chosen) window.localStorage.setItem(CHOSEN_KEY, "1");
  } catch {
    // Storage can be unavailable (private browsing); the choice then lasts for this page only.
  }
}

function wasChosen(): boolean {
  try {
    return window.localStorage.getItem(CHOSEN_KEY) === "1";
  } catch {
    return false;
  }
}

/** Keeps `?lang=` in the address in step with the choice, when the address carries one. */
function syncQuery(language: Language): void {
  const url = new URL(window.location.href);
  if (!url.searchParams.has("lang") || url.searchParams.get("lang") === language) return;
  url.searchParams.set("lang", language);
  window.history.replaceState(window.history.state, "", url);
}

function apply(language: Language, chosen: boolean): void {
  document.documentElement.lang = language;
  store(language, chosen);
  syncQuery(language);
}

/** Fetches the language's catalogue into i18next, once; false when it could not be fetched. */
async function ensureCatalogue(language: Language): Promise<boolean> {
  if (i18next.hasResourceBundle(language, "translation")) return true;
  try {
    i18next.addResourceBundle(language, "translation", await loadCatalogue(language));
    return true;
  } catch {
    return false;
  }
}

export async function startI18n(): Promise<Language> {
  const query = new URLSearchParams(window.location.search).get("lang");
  const detected = detectLanguage({
    query,
    stored: readStored(),
    preferred: navigator.languages?.length ? navigator.languages : [navigator.language],
  });
  await i18next.use(initReactI18next).init({
    lng: DEFAULT_LANGUAGE,
    fallbackLng: DEFAULT_LANGUAGE,
    supportedLngs: LANGUAGES.map((entry) => entry.code),
    resources: { en: { translation: en } },
    interpolation: { escapeValue: false },
  });
  // Offline or a failed download: the page still works, in English.
  const language = (await ensureCatalogue(detected)) ? detected : DEFAULT_LANGUAGE;
  await i18next.changeLanguage(language);
  apply(language, query === language);
  return language;
}

/** Switches language, fetching its catalogue first; stays in the current one if that fails. */
export async function changeLanguage(language: Language): Promise<void> {
  if (!(await ensureCatalogue(language))) return;
  await i18next.changeLanguage(language);
  apply(language, true);
}

/**
 * At sign-in, the language the account asked for (at registration, or its invitation), unless
 * the reader has chosen one on this device: a phone left in English shows a Russian speaker's
 * case in Russian, and a reader who picked Spanish here keeps Spanish.
 */
export async function preferAccountLanguage(preferred: string | null | undefined): Promise<void> {
  const language = LANGUAGES.find((entry) => entry.code === preferred)?.code;
  if (!language || wasChosen() || language === i18next.language) return;
  if (!(await ensureCatalogue(language))) return;
  await i18next.changeLanguage(language);
  apply(language, false);
}
