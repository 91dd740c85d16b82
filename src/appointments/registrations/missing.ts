/** The answer for a registration that is not there, or not the asker's: the same either way. */
export const registrationMissing = {
  ok: false,
  kind: "missing",
  code: "not-found",
  detail: "The registration was not found.",
} as const;
