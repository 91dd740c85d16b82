import { normalizeAppointmentCode } from "../../../../src/appointments/checkIn/code.ts";

/** Today's date where the reader is, as YYYY-MM-DD. */
export function localToday(now = new Date()): string {
  const pad = (value: number) => String(value).padStart(2, "0");
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/**
 * A code as typed ("ab12 cd34", "AB12CD34", "ab12-cd34") in the form appointments carry it
 * ("AB12-CD34"), as the server reads it.
 */
export function normalizeCode(code: string): string {
  return normalizeAppointmentCode(code.trim());
}
