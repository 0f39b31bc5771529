/** Secrets and URLs come from env only. Read on each call so tests and restarts see changes. */

const DEV_WEBHOOK_SECRET = "whsec_sandbox_development_only";

export function isProduction(nodeEnv: string | undefined = process.env.NODE_ENV): boolean {
  return nodeEnv === "production";
}

/** SANDBOX_WEBHOOK_SECRET, or a fixed development secret outside production. */
export function sandboxWebhookSecret(): string {
  const value = process.env.SANDBOX_WEBHOOK_SECRET?.trim();
  if (value) return value;
  if (isProduction()) throw new Error("SANDBOX_WEBHOOK_SECRET is not set (required in production).");
  return DEV_WEBHOOK_SECRET;
}

/** The customer-facing app, which serves this plugin's card and 3-D Secure page. */
export function webUrl(): string {
  return (process.env.WEB_URL?.trim() || "http://localhost:3000").replace(/\/+$/, "");
}

/** Why the sandbox must not run here, or null. Fake cards in production would hand out goods for free. */
export function refuseInProduction(env: { nodeEnv: string }): string | null {
  return isProduction(env.nodeEnv) ? "The payment sandbox accepts fake test cards, so it cannot be enabled in production (NODE_ENV=production)." : null;
}
