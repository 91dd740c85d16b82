import en from "./en.json" with { type: "json" };
import es from "./es.json" with { type: "json" };
import ht from "./ht.json" with { type: "json" };
import pt from "./pt.json" with { type: "json" };
import ru from "./ru.json" with { type: "json" };
import uk from "./uk.json" with { type: "json" };
import type { Language } from "./languages.ts";

export type Catalogue = typeof en;

/** Every language's catalogue; the unit test checks that each has exactly the keys of `en`. */
export const catalogues: Record<Language, Record<string, unknown>> = { en, es, ru, uk, ht, pt };

export { en };
