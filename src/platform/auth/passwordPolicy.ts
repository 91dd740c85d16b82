import { dictionary } from "@zxcvbn-ts/language-common";

/**
 * What a password must be (NIST SP 800-63B, 5.1.1.2): long enough, not absurdly long, and not
 * one of the passwords attackers try first. No composition rules and no forced rotation.
 */
export const PASSWORD_MIN_LENGTH = 12;
export const PASSWORD_MAX_LENGTH = 256;

const common = new Set(dictionary["passwords-common"].map((word) => word.toLowerCase()));

/** Why the password is refused, or null when it is acceptable. */
export function passwordProblem(password: string, identifiers: string[] = []): string | null {
  const length = [...password].length;
  if (length < PASSWORD_MIN_LENGTH) return `must be at least ${PASSWORD_MIN_LENGTH} characters`;
  if (length > PASSWORD_MAX_LENGTH) return `must be at most ${PASSWORD_MAX_LENGTH} characters`;
  const lower = password.toLowerCase();
  if (common.has(lower) || hasCommonStem(lower) || isCommonRepeat(lower)) {
    return "is one of the most common passwords; choose another";
  }
  if (new Set(lower).size < 4) return "repeats too few characters; choose another";
  for (const identifier of identifiers) {
    const local = identifier.toLowerCase().split("@")[0] ?? "";
    if (local.length >= 4 && lower.includes(local)) {
      return "must not contain your e-mail address or phone number";
    }
  }
  return null;
}

/** A common password with only digits or symbols after it ("password2023!", "1234567890123"). */
function hasCommonStem(lower: string): boolean {
  for (let cut = lower.length - 1; cut >= 6; cut--) {
    if (/[a-z]/.test(lower.slice(cut))) break;
    if (common.has(lower.slice(0, cut))) return true;
  }
  return false;
}

function isCommonRepeat(lower: string): boolean {
  for (let size = 1; size <= lower.length / 2; size++) {
    if (lower.length % size !== 0) continue;
    const unit = lower.slice(0, size);
    if (unit.repeat(lower.length / size) === lower && (size < 4 || common.has(unit))) return true;
  }
  return false;
}
