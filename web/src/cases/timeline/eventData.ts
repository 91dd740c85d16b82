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
import { portName } from "../../i18n/ports.ts";

export interface DataField {
  key: string;
  label: string;
  value: string;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const MONEY_KEY = /(amount|bond|fee|usd)$/i;
const CENTS_KEY = /cents$/i;
const COUNTRY_KEY = /^(nationality|country|to)$/;
const PORT_KEY = /^port$/;
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

function valueLabel(t: TFunction, value: string): string {
  return Object.hasOwn(en.value, value) ? t(`value.${value}` as ValueKey) : value;
}

function formatValue(t: TFunction, locale: string, key: string, value: unknown): string | null {
  if (value === null || value === undefined || value === "") return null;
  if (typeof value === "boolean") return t(value ? "value.yes" : "value.no");
  if (typeof value === "number") {
    if (CENTS_KEY.test(key)) return formatMoney(value / 100, locale);
    if (MONEY_KEY.test(key)) return formatMoney(value, locale);
    return formatNumber(value, locale);
  }
  if (typeof value === "string") {
    if (UUID.test(value)) return null;
    if (isIsoDate(value)) return formatDate(value, locale);
    if (isIsoInstant(value)) return formatDateTime(value, locale);
    if (PORT_KEY.test(key)) return portName(value);
    if (COUNTRY_KEY.test(key) && /^[A-Za-z]{2}$/.test(value)) return countryName(value, locale);
    if (LANGUAGE_KEY.test(key) && /^[a-z]{2,3}$/.test(value)) return languageName(value, locale);
    return valueLabel(t, value);
  }
  if (Array.isArray(value)) {
    const items = value
      .map((item) => formatValue(t, locale, key, item))
      .filter((item) => item !== null);
    return items.length > 0 ? formatList(items, locale) : null;
  }
  if (typeof value === "object" && ADDRESS_KEY.test(key)) {
    const lines = Object.values(value).filter((line) => typeof line === "string" && line !== "");
    return lines.length > 0 ? lines.join(", ") : null;
  }
  if (typeof value === "object") {
    const parts = describeData(t, locale, value as Record<string, unknown>);
    return parts.length > 0 ? parts.map((part) => `${part.label}: ${part.value}`).join("; ") : null;
  }
  return String(value);
}

/** Internal ids mean nothing to a reader, unless the catalogue names the field. */
function isHidden(key: string): boolean {
  return ID_KEY.test(key) && !Object.hasOwn(en.data, key);
}

/** An event's data as labelled, localized fields; ids and empty values are left out. */
export function describeData(
  t: TFunction,
  locale: string,
  data: Record<string, unknown>,
): DataField[] {
  return Object.entries(data).flatMap(([key, raw]) => {
    if (isHidden(key)) return [];
    const value = formatValue(t, locale, key, raw);
    return value === null ? [] : [{ key, label: fieldLabel(t, key), value }];
  });
}
