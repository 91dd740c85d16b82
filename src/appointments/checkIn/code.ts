/**
 * An appointment's confirmation code as officers and applicants type it: 8 letters and digits
 * (the draw leaves out the look-alikes 0/O and 1/I), shown as XXXX-XXXX. Pure: the server's
 * schemas and the web's lookup read it the same way.
 */
export const APPOINTMENT_CODE = /^[A-Z2-9]{4}-[A-Z2-9]{4}$/;

/**
 * "k7qm 2xwp", "K7QM2XWP", " k7qm-2xwp " → "K7QM-2XWP": upper case, spaces and hyphens taken out,
 * the hyphen put back after the fourth character. Anything that is not 8 characters then is
 * given back as typed (upper case, without spaces), for the format check to name.
 */
export function normalizeAppointmentCode(typed: string): string {
  const upper = typed.toUpperCase().replace(/\s+/g, "");
  const bare = upper.replace(/[-‐‑‒–—]/g, "");
  return bare.length === 8 ? `${bare.slice(0, 4)}-${bare.slice(4)}` : upper;
}
