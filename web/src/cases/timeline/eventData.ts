import type { TFunction } from "i18next";
import { en } from "../../i18n/english.ts";
import {
  countryName,
  formatDate,
  formatDateTime,
  formatList,
  formatMoney,
  formatNumber,
  isIsoDate,
  isIsoInstant,
  languageName,
} from "../../i18n/format.ts";
import { hasLabel, labelOf } from "../../i18n/readable.ts";

/**
 * A field as the reader sees it; `verbatim` when its value is someone's own words, shown as
 * written, and `untranslated` when it is a code this version's catalogue does not name yet.
 */
export interface DataField {
  key: string;
  label: string;
  value: string;
  verbatim?: true;
  untranslated?: true;
}

type Shown = { text: string; verbatim?: true; untranslated?: true };

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const MONEY_KEY = /(amount|bond|fee|usd)$/i;
const CENTS_KEY = /cents$/i;
const COUNTRY_KEY = /^(nationality|country|to)$/;
const PORT_KEY = /^port$/;
const FACILITY_KEY = /^(facilityId|fromFacilityId)$/;
const COURT_KEY = /^court$/;
/** The court's zone travels with a hearing to say its time; it is not shown on its own. */
const SHOWN_WITH_OTHERS = new Set(["timeZone"]);
/** A code: `humanitarian_exception`, `notice-to-appear`, `mystery`; not a sentence or a number. */
const CODE = /^[a-z][a-z0-9]*(?:[_-][a-z0-9]+)*$/;
const LANGUAGE_KEY = /^(language|languages|interpreterLanguage)$/;
const ID_KEY = /[a-z]Id$/;
const ADDRESS_KEY = /address$/i;

type DataKey = `data.${keyof (typeof en)["data"] & string}`;
type ValueKey = `value.${keyof (typeof en)["value"] & string}`;

/** "hearingDate" → "Hearing date", for keys the catalogue does not name yet. */
function humanize(key: string): string {
  const words = key
    .replace(/(Cents|Usd)$/, "")
    .replace(/([a-z0-9])([A-Z])/g, "$1 $2")
    .replace(/[_-]+/g, " ");
  return words.charAt(0).toUpperCase() + words.slice(1).toLowerCase();
}

export function fieldLabel(t: TFunction, key: string): string {
  return Object.hasOwn(en.data, key) ? t(`data.${key}` as DataKey) : humanize(key);
}

/** A place by its reference table's name, or the value as it was written when it is not one. */
function placeLabel(t: TFunction, kind: "port" | "facility" | "court", value: string): Shown {
  if (hasLabel(kind, value)) return { text: labelOf(t, kind, value).text };
  return CODE.test(value) ? { text: value, untranslated: true } : { text: value, verbatim: true };
}

/** A string value: a code in the reader's words, or someone's own words as they wrote them. */
function stringLabel(t: TFunction, value: string): Shown {
  if (Object.hasOwn(en.value, value)) return { text: t(`value.${value}` as ValueKey) };
  if (CODE.test(value)) return { text: value, untranslated: true };
  return /\s/.test(value) ? { text: value, verbatim: true } : { text: value };
}

function formatString(t: TFunction, locale: string, key: string, value: string, zone?: string) {
  if (UUID.test(value)) return null;
  if (isIsoDate(value)) return { text: formatDate(value, locale) };
  if (isIsoInstant(value)) return { text: formatDateTime(value, locale, zone) };
  if (PORT_KEY.test(key)) return placeLabel(t, "port", value);
  if (FACILITY_KEY.test(key)) return placeLabel(t, "facility", value);
  if (COURT_KEY.test(key)) return placeLabel(t, "court", value);
  if (COUNTRY_KEY.test(key) && /^[A-Za-z]{2}$/.test(value)) {
    return { text: countryName(value, locale) };
  }
  if (LANGUAGE_KEY.test(key) && /^[a-z]{2,3}$/.test(value)) {
    return { text: languageName(value, locale) };
  }
  return stringLabel(t, value);
}

function formatValue(
  t: TFunction,
  locale: string,
  key: string,
  value: unknown,
  zone?: string,
): Shown | null {
  if (value === null || value === undefined || value === "") return null;
  if (typeof value === "boolean") return { text: t(value ? "value.yes" : "value.no") };
  if (typeof value === "number") {
    if (CENTS_KEY.test(key)) return { text: formatMoney(value / 100, locale) };
    if (MONEY_KEY.test(key)) return { text: formatMoney(value, locale) };
    return { text: formatNumber(value, locale) };
  }
  if (typeof value === "string") return formatString(t, locale, key, value, zone);
  if (Array.isArray(value)) {
    const items = value
      .map((item) => formatValue(t, locale, key, item, zone))
      .filter((item) => item !== null);
    return items.length > 0
      ? merge(
          items,
          formatList(
            items.map((item) => item.text),
            locale,
          ),
        )
      : null;
  }
  if (typeof value === "object" && ADDRESS_KEY.test(key)) {
    const lines = Object.values(value).filter((line) => typeof line === "string" && line !== "");
    return lines.length > 0 ? { text: lines.join(", "), verbatim: true } : null;
  }
  if (typeof value === "object") {
    const parts = describeData(t, locale, value as Record<string, unknown>, zone);
    return parts.length > 0
      ? merge(
          parts.map((part) => ({ ...part, text: part.value })),
          parts.map((part) => `${part.label}: ${part.value}`).join("; "),
        )
      : null;
  }
  return { text: String(value) };
}

/** Several values shown as one: verbatim or untranslated when any of them is. */
function merge(items: readonly Shown[], text: string): Shown {
  return {
    text,
    ...(items.some((item) => item.verbatim) ? { verbatim: true as const } : {}),
    ...(items.some((item) => item.untranslated) ? { untranslated: true as const } : {}),
  };
}

/** Internal ids mean nothing to a reader, unless the catalogue names the field. */
function isHidden(key: string): boolean {
  return SHOWN_WITH_OTHERS.has(key) || (ID_KEY.test(key) && !Object.hasOwn(en.data, key));
}

/**
 * An event's data as labelled, localized fields; ids and empty values are left out. Instants are
 * told in the zone the data names (a hearing's court), else in the reader's own.
 */
export function describeData(
  t: TFunction,
  locale: string,
  data: Record<string, unknown>,
  zone?: string,
): DataField[] {
  const timeZone = typeof data.timeZone === "string" ? data.timeZone : zone;
  return Object.entries(data).flatMap(([key, raw]) => {
    if (isHidden(key)) return [];
    const shown = formatValue(t, locale, key, raw, timeZone);
    if (shown === null) return [];
    const { text, ...marks } = shown;
    return [{ key, label: fieldLabel(t, key), value: text, ...marks }];
  });
}
