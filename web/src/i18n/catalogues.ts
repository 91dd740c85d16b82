import { type Catalogue, en } from "./english.ts";
import es from "./es.json" with { type: "json" };
import ht from "./ht.json" with { type: "json" };
import type { Language } from "./languages.ts";
import pt from "./pt.json" with { type: "json" };
import ru from "./ru.json" with { type: "json" };
import uk from "./uk.json" with { type: "json" };

/**
 * Every language's catalogue, for the tests (the unit test checks that each has exactly the keys
 * of `en`); the app itself loads them one at a time (loadCatalogue.ts).
 */
export const catalogues: Record<Language, Record<string, unknown>> = { en, es, ru, uk, ht, pt };

export { type Catalogue, en };
