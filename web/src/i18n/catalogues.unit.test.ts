import { describe, expect, it } from "vitest";
import { pathway } from "../../../src/pathway.ts";
import { catalogues, en, englishParts, texts } from "./catalogues.ts";
import { LANGUAGES } from "./languages.ts";
import { loadCatalogue } from "./loadCatalogue.ts";

// What the engine can put on a timeline and in a case's state: every one needs a label.
const EVENT_TYPES: readonly string[] = pathway.eventTypes;
const STATE_VALUES: Record<string, readonly string[]> = {
  ...Object.fromEntries(pathway.regions.map((region) => [region.name, region.values])),
  // The summary shows an order under a stay as "stayed" (stays are kept beside the region).
  removal: [
    ...(pathway.regions.find((region) => region.name === "removal")?.values ?? []),
    "stayed",
  ],
};

/** Every leaf of a catalogue as `a.b.c` → value. */
function flatten(tree: unknown, prefix = ""): Map<string, unknown> {
  const leaves = new Map<string, unknown>();
  if (tree === null || typeof tree !== "object" || Array.isArray(tree)) {
    leaves.set(prefix, tree);
    return leaves;
  }
  for (const [key, value] of Object.entries(tree)) {
    for (const [path, leaf] of flatten(value, prefix ? `${prefix}.${key}` : key)) {
      leaves.set(path, leaf);
    }
  }
  return leaves;
}

const english = flatten(en);

describe("message catalogues", () => {
  it("offers a catalogue for every language", () => {
    expect(Object.keys(catalogues).sort()).toEqual(LANGUAGES.map((l) => l.code).sort());
  });

  it("bundles every folder's English texts, and no namespace is in two folders", () => {
    expect(Object.keys(englishParts).sort()).toEqual(Object.keys(texts).sort());
    const namespaces = Object.values(englishParts).flatMap((part) => Object.keys(part));
    expect(namespaces.length).toBe(new Set(namespaces).size);
    expect(catalogues.en).toEqual(en);
  });

  it("loads each language whole: every folder's part of it, and nothing else", async () => {
    for (const { code } of LANGUAGES) {
      expect(await loadCatalogue(code), code).toEqual(catalogues[code]);
    }
  });

  for (const [folder, parts] of Object.entries(texts)) {
    describe(`${folder}/texts`, () => {
      const englishPart = flatten(parts.en);

      for (const { code } of LANGUAGES) {
        describe(code, () => {
          const leaves = flatten(parts[code] ?? null);

          it("has exactly the keys of the English part", () => {
            expect([...leaves.keys()].sort()).toEqual([...englishPart.keys()].sort());
          });

          it("has a non-empty string for every key", () => {
            const bad = [...leaves].filter(([, v]) => typeof v !== "string" || v.trim() === "");
            expect(bad.map(([key]) => key)).toEqual([]);
          });

          it("keeps the same interpolation placeholders as English", () => {
            const placeholders = (text: unknown) =>
              String(text)
                .match(/\{\{\s*\w+\s*\}\}/g)
                ?.sort() ?? [];
            for (const [key, text] of englishPart) {
              expect(placeholders(leaves.get(key)), key).toEqual(placeholders(text));
            }
          });

          if (code !== "en") {
            it("is translated, not a copy of English", () => {
              const same = [...englishPart].filter(
                ([key, text]) => key.startsWith("event.") && leaves.get(key) === text,
              );
              expect(same.map(([key]) => key)).toEqual([]);
            });
          }
        });
      }
    });
  }

  it("names every deadline rule", () => {
    const missing = pathway.deadlineRules
      .map((rule) => `deadlines.rule.${rule.id.replaceAll(".", "_")}`)
      .filter((key) => !english.has(key));
    expect(missing).toEqual([]);
  });

  it("says what can still be done only for deadline rules that exist", () => {
    const rules = new Set(pathway.deadlineRules.map((rule) => rule.id.replaceAll(".", "_")));
    const stale = [...english.keys()]
      .filter((key) => key.startsWith("deadlines.afterMissed."))
      .filter((key) => !rules.has(key.slice("deadlines.afterMissed.".length)));
    expect(stale).toEqual([]);
    expect(english.has("deadlines.afterMissed.protection_asylum-one-year")).toBe(true);
  });

  it("labels every event type", () => {
    expect(EVENT_TYPES.filter((type) => !english.has(`event.${type}`))).toEqual([]);
  });

  it("labels every state value in every region", () => {
    const missing = Object.entries(STATE_VALUES).flatMap(([region, values]) =>
      values.filter((value) => !english.has(`state.${region}.${value}`)),
    );
    expect(missing).toEqual([]);
  });
});
