import en from "../../web/src/i18n/en.json" with { type: "json" };
import es from "../../web/src/i18n/es.json" with { type: "json" };
import ht from "../../web/src/i18n/ht.json" with { type: "json" };
import pt from "../../web/src/i18n/pt.json" with { type: "json" };
import ru from "../../web/src/i18n/ru.json" with { type: "json" };
import uk from "../../web/src/i18n/uk.json" with { type: "json" };

export const catalogues = { en, es, ru, uk, ht, pt } as const;

export type TestLanguage = keyof typeof catalogues;

/** The label the app must show for an event type: the catalogue's, or the raw type. */
export function expectedEventLabel(language: TestLanguage, type: string): string {
  const labels: Record<string, string> = catalogues[language].event;
  return labels[type] ?? type;
}
