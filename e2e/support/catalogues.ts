import { catalogues } from "../../web/src/i18n/catalogues.ts";

export { catalogues };

export type TestLanguage = keyof typeof catalogues;

/** The label the app must show for an event type: the catalogue's, or the raw type. */
export function expectedEventLabel(language: TestLanguage, type: string): string {
  const labels: Record<string, string> = catalogues[language].event;
  return labels[type] ?? type;
}
