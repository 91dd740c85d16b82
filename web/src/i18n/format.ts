/** Locale-aware formatting with Intl, in the page's language. */

const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/;
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** An instant in the reader's zone, or in the zone given (a court's), then named: "… 9:00 AM PDT". */
export function formatDateTime(iso: string, locale: string, timeZone?: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  if (timeZone) {
    try {
      return new Intl.DateTimeFormat(locale, {
        year: "numeric",
        month: "long",
        day: "numeric",
        hour: "numeric",
        minute: "2-digit",
        timeZone,
        timeZoneName: "short",
      }).format(date);
    } catch {
      // A zone this browser does not know: the reader's own.
    }
  }
  return new Intl.DateTimeFormat(locale, { dateStyle: "long", timeStyle: "short" }).format(date);
}

/** Month names for languages browsers have no date data for: "23 novanm 2026" in Kreyòl. */
const MONTHS: Record<string, readonly string[]> = {
  ht: "janvye fevriye mas avril me jen jiyè out septanm oktòb novanm desanm".split(" "),
};

export function formatDate(iso: string, locale: string): string {
  const date = ISO_DATE.test(iso) ? new Date(`${iso}T12:00:00Z`) : new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  const timeZone = ISO_DATE.test(iso) ? "UTC" : undefined;
  const months = MONTHS[locale.split("-")[0] ?? ""];
  if (months) {
    const [year, month, day] = new Intl.DateTimeFormat("en-CA", { timeZone })
      .format(date)
      .split("-")
      .map(Number);
    return `${day} ${months[(month ?? 1) - 1]} ${year}`;
  }
  return new Intl.DateTimeFormat(locale, { dateStyle: "long", timeZone }).format(date);
}

export function isIsoInstant(value: string): boolean {
  return ISO_INSTANT.test(value) && !Number.isNaN(Date.parse(value));
}

export function isIsoDate(value: string): boolean {
  return ISO_DATE.test(value) && !Number.isNaN(Date.parse(value));
}

function displayName(locale: string, type: "region" | "language", code: string): string {
  try {
    return new Intl.DisplayNames([locale], { type, fallback: "code" }).of(code) ?? code;
  } catch {
    return code;
  }
}

/** "RU" → "Russia" / "Россия". */
export function countryName(code: string, locale: string): string {
  return displayName(locale, "region", code.toUpperCase());
}

/** "ru" → "Russian" / "русский". */
export function languageName(code: string, locale: string): string {
  return displayName(locale, "language", code);
}

export function formatList(items: readonly string[], locale: string): string {
  try {
    return new Intl.ListFormat(locale, { type: "conjunction" }).format(items);
  } catch {
    return items.join(", ");
  }
}

export function formatMoney(amount: number, locale: string, currency = "USD"): string {
  return new Intl.NumberFormat(locale, {
    style: "currency",
    currency,
    maximumFractionDigits: Number.isInteger(amount) ? 0 : 2,
  }).format(amount);
}

export function formatNumber(value: number, locale: string): string {
  return new Intl.NumberFormat(locale).format(value);
}

/** An instant's time with its zone, in the reader's own time zone: "9:00 AM PDT". */
export function formatTime(iso: string, locale: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return new Intl.DateTimeFormat(locale, {
    hour: "numeric",
    minute: "2-digit",
    timeZoneName: "short",
  }).format(date);
}

/** A wall-clock time such as "09:30" (local to a port), as the reader writes it: "9:30 AM". */
export function formatClock(time: string, locale: string): string {
  const match = /^(\d{1,2}):(\d{2})/.exec(time);
  if (!match) return time;
  const date = new Date(Date.UTC(2000, 0, 1, Number(match[1]), Number(match[2])));
  return new Intl.DateTimeFormat(locale, { timeStyle: "short", timeZone: "UTC" }).format(date);
}
