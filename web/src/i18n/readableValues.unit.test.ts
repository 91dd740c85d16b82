import { createInstance } from "i18next";
import { describe, expect, it } from "vitest";
import { inAbsentiaNoticeRule } from "../../../src/notices/rules.ts";
import { readableValues, refusalRulesIn, tabledRefusalRules } from "../../../src/readableValues.ts";
import { catalogues } from "./catalogues.ts";
import { LANGUAGES } from "./languages.ts";
import { actorLabel, type ReadableKind, readableKey, refusalKey } from "./readable.ts";

/** Every server source but the tests, as text: where refusals name their rules. */
const SOURCES = import.meta.glob<string>(["../../../src/**/*.ts", "!../../../src/**/*.test.ts"], {
  query: "?raw",
  import: "default",
  eager: true,
});

const found = Object.entries(SOURCES).map(([path, source]) => ({
  path,
  ...refusalRulesIn(source),
}));

/**
 * The ids passed to `refusal(...)` as a variable, each accounted for here: the kernel's own
 * declaration, the flight manifest (which repeats the due-process guard's refusals) and the
 * notice rule.
 */
const ACCOUNTED: Readonly<Record<string, readonly string[]>> = {
  "rule: string": [],
  "row.blocked_rule": tabledRefusalRules,
  "inAbsentiaNoticeRule.id": [inAbsentiaNoticeRule.id],
};

const refusalRules = [
  ...new Set([
    ...found.flatMap((file) => [...file.ids, ...file.patterns]),
    ...Object.values(ACCOUNTED).flat(),
  ]),
].sort();

/** The kinds whose codes are proper names: the same words in several languages are right. */
const PROPER_NAMES: ReadonlySet<ReadableKind> = new Set(["port", "facility", "court"]);

/** Every value the API can return for a person to read, as the catalogue key that names it. */
const wanted: { kind: string; value: string; key: string }[] = [
  ...Object.entries(readableValues.status).flatMap(([region, values]) =>
    values.map((value) => ({ kind: "status", value, key: `state.${region}.${value}` })),
  ),
  ...(["value", "field", "port", "facility", "court", "role", "systemJob"] as const).flatMap(
    (kind) => readableValues[kind].map((value) => ({ kind, value, key: readableKey(kind, value) })),
  ),
  ...[...new Set(Object.values(readableValues.storyActor))].map((role) => ({
    kind: "role",
    value: role,
    key: readableKey("role", role),
  })),
  ...refusalRules.map((rule) => ({
    kind: "refusal",
    value: rule,
    key: readableKey("refusal", rule),
  })),
];

/** The fields the timeline does not show (internal ids), so they need no label. */
const HIDDEN_FIELD = /[a-z]Id$/;

function leaf(tree: unknown, key: string): unknown {
  return key.split(".").reduce<unknown>((node, part) => {
    return node !== null && typeof node === "object"
      ? (node as Record<string, unknown>)[part]
      : undefined;
  }, tree);
}

/** The code itself as the words: `humanitarian_exception`, `otay-mesa-detention-center`. */
function isRawCode(text: string, value: string): boolean {
  const looksLikeCode = /[_-]|[a-z][A-Z]/.test(value);
  return text.trim() === value || (looksLikeCode && text.includes(value));
}

describe("readable values", () => {
  it("finds the refusals' rules in the deciders, every id accounted for", () => {
    const unaccounted = found.flatMap((file) =>
      file.other
        .filter((arg) => !Object.hasOwn(ACCOUNTED, arg))
        .map((arg) => `${file.path}: ${arg}`),
    );
    expect(unaccounted).toEqual([]);
    expect(refusalRules).toContain("custody.bond.minimum");
    expect(refusalRules).toContain("removal.guard.appeal-pending");
    expect(refusalRules).toContain("process.*.*");
  });

  it("lists every kind from the server's sources", () => {
    expect(readableValues.value).toContain("humanitarian_exception");
    expect(readableValues.facility).toContain("otay-mesa-detention-center");
    expect(readableValues.court).toContain("eoir-san-diego");
    expect(readableValues.port).toContain("san_ysidro");
    expect(readableValues.status.custody).toContain("released_parole");
    expect(readableValues.systemJob).toContain("notices");
  });

  for (const { code } of LANGUAGES) {
    describe(code, () => {
      const catalogue = catalogues[code];

      it("has words for every value the API can return", () => {
        const missing = wanted
          .filter((entry) => entry.kind !== "field" || !HIDDEN_FIELD.test(entry.value))
          .filter(({ key }) => {
            const text = leaf(catalogue, key);
            return typeof text !== "string" || text.trim() === "";
          })
          .map(({ key }) => key);
        expect(missing).toEqual([]);
      });

      it("never shows the code itself as the words", () => {
        const raw = wanted
          .filter(({ key, value }) => {
            const text = leaf(catalogue, key);
            return typeof text === "string" && isRawCode(text, value);
          })
          .map(({ key }) => key);
        expect(raw).toEqual([]);
      });

      if (code !== "en") {
        it("translates them, except proper names and acronyms", () => {
          const copied = wanted
            .filter(({ kind }) => !PROPER_NAMES.has(kind as ReadableKind))
            .filter(({ key }) => {
              const text = leaf(catalogue, key);
              const english = leaf(catalogues.en, key);
              return typeof text === "string" && text === english && !/^[A-Z0-9-]+$/.test(text);
            })
            .map(({ key }) => key);
          expect(copied).toEqual([]);
        });

        it("uses no English legal term bare where the language has words for it", () => {
          const bare = wanted
            .filter(({ key }) => /\bparole\b(?!\))/i.test(String(leaf(catalogue, key) ?? "")))
            .map(({ key }) => key);
          expect(bare).toEqual([]);
        });
      }
    });
  }

  it("keeps one key per refusal rule (ids never collide once their dots are gone)", () => {
    const keys = refusalRules.map(refusalKey);
    expect(new Set(keys).size).toBe(keys.length);
  });

  it("names every actor by role or job, never by an id", async () => {
    const i18n = createInstance();
    await i18n.init({ lng: "ru", resources: { ru: { translation: catalogues.ru } } });
    const t = i18n.getFixedT("ru");
    for (const [actor, role] of Object.entries(readableValues.storyActor)) {
      expect(actorLabel(t, actor), actor).toEqual({
        text: catalogues.ru.role[role],
        untranslated: false,
      });
    }
    for (const job of readableValues.systemJob) {
      const label = actorLabel(t, `system:${job}`);
      expect(label.untranslated, job).toBe(false);
      expect(label.text).not.toContain(job);
    }
    const id = "0caf7dbf-1c2d-4e5f-8a9b-0c1d2e3f4a5b";
    expect(actorLabel(t, `account:${id}`).text).toBe("Пользователь Haven");
    expect(actorLabel(t, `account:${id}`, id).text).toBe("Вы");
  });
});
