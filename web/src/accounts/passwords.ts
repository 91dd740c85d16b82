/** The shortest password the API accepts (a unit test keeps it in step); it also refuses common ones. */
export const MIN_PASSWORD_LENGTH = 12;

export type PasswordProblem = "missing" | "tooShort";

/** What the page can tell about a new password before sending it. */
export function checkNewPassword(password: string): PasswordProblem | null {
  if (password === "") return "missing";
  if ([...password].length < MIN_PASSWORD_LENGTH) return "tooShort";
  return null;
}
