import { getEnv, parseEnv, usesInngest, type Env as ParsedEnv } from "@tillbox/config";
import { encryptionKeys } from "@tillbox/config/encryption";
import { assertMailConfig } from "@tillbox/email";
import { authSecrets } from "./auth-secrets";

export class ProductionConfigError extends Error {}

type Env = Record<string, string | undefined>;

/** Values copied from .env.example or docs; a production secret equal to one of them is refused. */
const placeholders = new Set(["changeme", "change-me", "secret", "replace-me", "your-secret", "xxx", "test"]);

/**
 * Called at start-up by both apps (instrumentation register) and `tillbox start`. Outside
 * production it does nothing; in production it throws on the first missing or default secret,
 * naming the variable, so a forgotten setting stops the deploy instead of weakening it.
 */
export function assertProductionConfig(source: Env = process.env): void {
  if (source.NODE_ENV !== "production") return;
  try {
    authSecrets(source);
    encryptionKeys(source);
    const env = source === process.env ? getEnv() : parseEnv(source);
    assertMailConfig(env);
    assertInngestKeys(env);
    if (source.AUTH_GITHUB_ID && !source.AUTH_GITHUB_SECRET) throw new ProductionConfigError("AUTH_GITHUB_SECRET is not set while AUTH_GITHUB_ID is.");
    if (!source.AUTH_GITHUB_ID && source.AUTH_GITHUB_SECRET) throw new ProductionConfigError("AUTH_GITHUB_ID is not set while AUTH_GITHUB_SECRET is.");
  } catch (error) {
    if (error instanceof ProductionConfigError) throw error;
    // One error type and a message that starts with the variable, whatever check failed.
    throw new ProductionConfigError(error instanceof Error ? error.message : String(error));
  }
}

/** Keys docker-compose.yml once shipped as defaults: public, so they sign nothing. */
const shippedInngestKeys = new Set(["local-dev-event-key", `signkey-prod-${"0".repeat(64)}`]);

/** A copied default, a word like "changeme", or one character repeated (all zeros) after Inngest's "signkey-<env>-" prefix. */
function looksLikePlaceholder(key: string): boolean {
  const secret = key.replace(/^signkey-[a-z]+-/i, "");
  return shippedInngestKeys.has(key) || placeholders.has(key.toLowerCase()) || /^(.)\1*$/.test(secret) || /change-?me|placeholder|local-dev|example/i.test(key);
}

/**
 * With Inngest on (INNGEST_EVENT_KEY or INNGEST_BASE_URL), /api/inngest runs functions for whoever
 * signs with INNGEST_SIGNING_KEY, and production never falls back to unsigned dev mode: both keys
 * must be set, and neither may be a value anyone can read in a repository.
 */
function assertInngestKeys(env: ParsedEnv): void {
  if (!usesInngest(env)) return;
  const via = env.INNGEST_EVENT_KEY ? "INNGEST_EVENT_KEY" : "INNGEST_BASE_URL";
  for (const name of ["INNGEST_SIGNING_KEY", "INNGEST_EVENT_KEY"] as const) {
    const key = env[name]?.trim();
    if (!key)
      throw new ProductionConfigError(`${name} is not set: Inngest is on (${via}) and production verifies its calls to /api/inngest (no unsigned dev mode).`);
    if (looksLikePlaceholder(key))
      throw new ProductionConfigError(
        `${name} is a placeholder or publicly known value; set the key from your Inngest app (self-hosted: e.g. \`openssl rand -hex 32\`).`,
      );
  }
}
