/** Used outside production only, so a fresh clone runs without setup; production refuses it. */
export const DEVELOPMENT_AUTH_SECRET = "tillbox-development-auth-secret-do-not-use-in-production";

/** Placeholders people copy from examples; a production secret equal to one of them is refused. */
const knownDefaults = new Set([DEVELOPMENT_AUTH_SECRET, "changeme", "change-me", "secret", "your-secret", "replace-me"]);
const MIN_SECRET_LENGTH = 32;

export class AuthSecretError extends Error {}

/**
 * Parses AUTH_SECRET as a comma-separated list: the first entry signs new tokens, all entries
 * verify. Rotate by prepending a new secret and dropping the old one after the session maxAge, so
 * nobody is signed out. Production throws, naming the variable, on a missing, default or short secret.
 */
export function authSecrets(env: Record<string, string | undefined> = process.env): string[] {
  const secrets = (env.AUTH_SECRET ?? "")
    .split(",")
    .map((secret) => secret.trim())
    .filter((secret) => secret.length > 0);
  if (env.NODE_ENV !== "production") return secrets.length > 0 ? secrets : [DEVELOPMENT_AUTH_SECRET];

  if (secrets.length === 0) {
    throw new AuthSecretError("AUTH_SECRET is not set; production needs a random secret (e.g. `openssl rand -base64 32`).");
  }
  secrets.forEach((secret, index) => {
    if (knownDefaults.has(secret.toLowerCase())) {
      throw new AuthSecretError(`AUTH_SECRET entry ${index + 1} is a well-known default; set a random secret.`);
    }
    if (secret.length < MIN_SECRET_LENGTH) {
      throw new AuthSecretError(`AUTH_SECRET entry ${index + 1} is shorter than ${MIN_SECRET_LENGTH} characters.`);
    }
  });
  return secrets;
}
