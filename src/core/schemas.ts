import { z } from "zod";

/** An ISO 8601 instant with its offset. */
export const instantSchema = z.iso.datetime({ offset: true });
/** A calendar day, YYYY-MM-DD. */
export const daySchema = z.iso.date();
/** ISO 3166-1 alpha-2 country code. */
export const countrySchema = z.string().regex(/^[A-Z]{2}$/, "must be an ISO 3166-1 alpha-2 code");
export const idSchema = z.string().trim().min(1).max(100);
