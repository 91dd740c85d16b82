import { z } from "zod";

// PostgreSQL has no year 0 (1 BC comes before AD 1): an ISO year 0000 would reach it as an error.
const FIRST_INSTANT_MS = Date.parse("0001-01-01T00:00:00Z");

/** An ISO 8601 instant with its offset, from AD 1 on. */
export const instantSchema = z.iso
  .datetime({ offset: true, message: "must be an ISO 8601 date and time with its offset" })
  .refine((value) => Date.parse(value) >= FIRST_INSTANT_MS, "must be in the year 1 or later");
/** A calendar day, YYYY-MM-DD, from AD 1 on. */
export const daySchema = z.iso
  .date({ message: "must be a date (YYYY-MM-DD)" })
  .refine((value) => !value.startsWith("0000"), "must be in the year 1 or later");
/** ISO 3166-1 alpha-2 country code. */
export const countrySchema = z.string().regex(/^[A-Z]{2}$/, "must be an ISO 3166-1 alpha-2 code");
export const idSchema = z.string().trim().min(1).max(100);

/** C0 controls but tab and line breaks, and DEL: PostgreSQL refuses NUL in text outright. */
export function hasControlCharacter(value: string): boolean {
  for (const char of value) {
    const code = char.codePointAt(0) ?? 0;
    if ((code < 0x20 && code !== 0x09 && code !== 0x0a && code !== 0x0d) || code === 0x7f) {
      return true;
    }
  }
  return false;
}
