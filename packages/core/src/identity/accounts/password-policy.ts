import { DomainError } from "../../errors";
import { commonPasswords, commonPasswordWords } from "./common-passwords";
import { normalisePassword } from "./password";

/** ASVS 2.1.1/2.1.2: at least 12, at most 128 characters; no composition rules (ASVS 2.1.9). */
export const PASSWORD_MIN_LENGTH = 12;
export const PASSWORD_MAX_LENGTH = 128;

export type PasswordProblem = "too_short" | "too_long" | "common" | "repetitive";

const leet: Record<string, string> = { "0": "o", "1": "i", "3": "e", "4": "a", "5": "s", "7": "t", "@": "a", $: "s" };

/** Reduces "P@ssw0rd2024!" to "password": leetspeak undone, then everything but letters dropped. */
function skeleton(password: string): string {
  const undone = password
    .toLowerCase()
    .replace(/^[^a-z@$]+|[^a-z]+$/g, "")
    .replace(/[0134579@$]/g, (char) => leet[char] ?? char);
  return undone.replace(/[^a-z]/g, "");
}

/** Counts code points, not UTF-16 units, so an emoji is one character (ASVS 2.1.4 allows any Unicode). */
function length(password: string): number {
  return [...password].length;
}

export function checkPassword(password: string): PasswordProblem | null {
  const normalised = normalisePassword(password);
  // ASVS 2.1.1: consecutive spaces may be collapsed before counting, so "a    b" cannot pad its way in.
  if (length(normalised.replace(/ {2,}/g, " ")) < PASSWORD_MIN_LENGTH) return "too_short";
  if (length(normalised) > PASSWORD_MAX_LENGTH) return "too_long";
  const lower = normalised.toLowerCase();
  if (commonPasswords.has(lower)) return "common";
  const core = skeleton(normalised);
  if (commonPasswordWords.has(core) || (core.length > 0 && commonPasswordWords.has(core.replace(/(.+)\1+$/, "$1")))) {
    return "common";
  }
  if (new Set(lower).size <= 3) return "repetitive";
  return null;
}

const messages: Record<PasswordProblem, string> = {
  too_short: `must be at least ${PASSWORD_MIN_LENGTH} characters`,
  too_long: `must be at most ${PASSWORD_MAX_LENGTH} characters`,
  common: "is too common; choose a longer phrase that is not a well-known password",
  repetitive: "uses too few different characters",
};

/** Throws WEAK_PASSWORD naming the field, e.g. `newPassword must be at least 12 characters`. */
export function assertPasswordPolicy(password: string, field = "password"): void {
  const problem = checkPassword(password);
  if (problem) throw new DomainError("WEAK_PASSWORD", `${field} ${messages[problem]}`);
}
