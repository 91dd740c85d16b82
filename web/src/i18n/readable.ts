import type { TFunction } from "i18next";
import { en } from "./english.ts";

/** The kinds of code a case can hold that a person reads, each with its part of the catalogue. */
export type ReadableKind =
  | "value"
  | "field"
  | "port"
  | "facility"
  | "court"
  | "role"
  | "systemJob"
  | "refusal";

/** A refusal's rule id as a catalogue key: dots would nest it, a pattern's `*` reads as `ANY`. */
export function refusalKey(rule: string): string {
  return rule.replaceAll(".", "_").replaceAll("*", "ANY");
}

/** Where each kind's words are in the catalogue, and the key of a value within it. */
const PLACES: Record<ReadableKind, { table: Record<string, unknown>; path: string }> = {
  value: { table: en.value, path: "value" },
  field: { table: en.data, path: "data" },
  port: { table: en.place.port, path: "place.port" },
  facility: { table: en.place.facility, path: "place.facility" },
  court: { table: en.place.court, path: "place.court" },
  role: { table: en.role, path: "role" },
  systemJob: { table: en.actor.job, path: "actor.job" },
  refusal: { table: en.refusal, path: "refusal" },
};

/** The catalogue key of a value of a kind (`place.facility.otay-mesa-detention-center`). */
export function readableKey(kind: ReadableKind, value: string): string {
  return `${PLACES[kind].path}.${kind === "refusal" ? refusalKey(value) : value}`;
}

/** Whether this version's catalogue names the value. */
export function hasLabel(kind: ReadableKind, value: string): boolean {
  const key = kind === "refusal" ? refusalKey(value) : value;
  return Object.hasOwn(PLACES[kind].table, key);
}

/** A value's words, or the value itself marked `untranslated` when the catalogue lacks it. */
export interface Label {
  text: string;
  untranslated: boolean;
}

/** A value's words in the reader's language; a value this version does not know, as it is. */
export function labelOf(t: TFunction, kind: ReadableKind, value: string): Label {
  return hasLabel(kind, value)
    ? { text: t(readableKey(kind, value) as never) as string, untranslated: false }
    : { text: value, untranslated: true };
}

/**
 * A refusal's rule in words: its own entry, else the entry of the pattern it was made from
 * (`process.*.*` for the process model's refusals); null when neither is known.
 */
export function refusalLabel(t: TFunction, rule: string): string | null {
  if (hasLabel("refusal", rule)) return labelOf(t, "refusal", rule).text;
  const pattern = Object.keys(en.refusal).find((key) => {
    if (!key.includes("ANY")) return false;
    const parts = key.split("ANY").map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"));
    return new RegExp(`^${parts.join("[^_]+")}$`).test(refusalKey(rule));
  });
  return pattern ? (t(`refusal.${pattern}` as never) as string) : null;
}

const SYSTEM = "system:";
const ACCOUNT = "account:";

/**
 * Who recorded an event, as the reader may be told it: never an account's id. The reader's own
 * account is "You"; another account "A Haven user"; the engine's work by its job; an actor named
 * by its role (`cbp-officer`, `supervisory-asylum-officer`) by that role.
 */
export function actorLabel(t: TFunction, actor: string, viewerId?: string): Label {
  if (actor.startsWith(SYSTEM)) {
    const job = labelOf(t, "systemJob", actor.slice(SYSTEM.length));
    return { text: t("actor.system", { name: job.text }), untranslated: job.untranslated };
  }
  if (actor.startsWith(ACCOUNT)) {
    const own = viewerId !== undefined && actor === `${ACCOUNT}${viewerId}`;
    return { text: t(own ? "actor.you" : "actor.account"), untranslated: false };
  }
  const words = actor.replaceAll("-", "_");
  const role = Object.keys(en.role).find((name) => words === name || words.endsWith(`_${name}`));
  return role ? labelOf(t, "role", role) : { text: t("actor.account"), untranslated: false };
}
