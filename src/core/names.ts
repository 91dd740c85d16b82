/**
 * What a person's name may hold, the same for the server's schemas and the web's forms: letters
 * (with their accents), spaces, hyphens, apostrophes and periods, beginning with a letter; in
 * Latin letters where the name is asked for as in the passport. No emoji, digits or symbols: a
 * name is matched against others (one registration per person) and printed on notices.
 */
export const NAME_MAX_LENGTH = 100;

const LATIN = /^[\p{Script=Latin}][\p{Script=Latin}\p{M}\s'’.-]*$/u;
const LETTERS = /^\p{L}[\p{L}\p{M}\s'’.-]*$/u;

export type NameProblem = "tooLong" | "notLatin" | "notLetters";

/** What is wrong with a name (already trimmed, not empty), or null. */
export function nameProblem(name: string, script: "latin" | "any"): NameProblem | null {
  if ([...name].length > NAME_MAX_LENGTH) return "tooLong";
  if (script === "latin") return LATIN.test(name) ? null : "notLatin";
  return LETTERS.test(name) ? null : "notLetters";
}

export const nameProblemMessages: Readonly<Record<NameProblem, string>> = {
  tooLong: `must be at most ${NAME_MAX_LENGTH} characters`,
  notLatin:
    "must be in Latin letters, as in the passport: letters, spaces, hyphens and apostrophes only",
  notLetters: "must be letters of an alphabet, spaces, hyphens and apostrophes only",
};
