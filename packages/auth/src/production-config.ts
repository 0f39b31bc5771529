import { getEnv, parseEnv } from "@tillbox/config";
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
    const env = source === process.env ? getEnv() : parseEnv(source);
    assertMailConfig(env);
    if (env.INNGEST_EVENT_KEY) {
      const signingKey = env.INNGEST_SIGNING_KEY?.trim();
      if (!signingKey) throw new ProductionConfigError("INNGEST_SIGNING_KEY is not set: Inngest is on (INNGEST_EVENT_KEY) and its calls to /api/inngest must be verified.");
      if (placeholders.has(signingKey.toLowerCase())) throw new ProductionConfigError("INNGEST_SIGNING_KEY is a placeholder value; set the key from your Inngest app.");
    }
    if (placeholders.has((env.INNGEST_EVENT_KEY ?? "").trim().toLowerCase())) {
      throw new ProductionConfigError("INNGEST_EVENT_KEY is a placeholder value; set the key from your Inngest app.");
    }
    if (source.AUTH_GITHUB_ID && !source.AUTH_GITHUB_SECRET) throw new ProductionConfigError("AUTH_GITHUB_SECRET is not set while AUTH_GITHUB_ID is.");
    if (!source.AUTH_GITHUB_ID && source.AUTH_GITHUB_SECRET) throw new ProductionConfigError("AUTH_GITHUB_ID is not set while AUTH_GITHUB_SECRET is.");
  } catch (error) {
    if (error instanceof ProductionConfigError) throw error;
    // One error type and a message that starts with the variable, whatever check failed.
    throw new ProductionConfigError(error instanceof Error ? error.message : String(error));
  }
}
