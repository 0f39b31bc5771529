/** Stripe keys come from env only, read when used so a restart with new values is all it takes. */

export interface StripeEnv {
  secretKey: string;
  webhookSecret: string;
  /** Only for tests: a local fake Stripe server. */
  apiBase?: { host: string; port: number; protocol: "http" | "https" };
}

export function requireEnv(name: string, purpose: string): string {
  const value = process.env[name]?.trim();
  if (!value) throw new Error(`${name} is not set: ${purpose}. Set it in the environment (see plugins/payments-stripe/README.md).`);
  return value;
}

/** STRIPE_API_BASE (e.g. http://127.0.0.1:12111) → the SDK's host/port/protocol options. */
export function parseApiBase(value: string | undefined): StripeEnv["apiBase"] {
  if (!value?.trim()) return undefined;
  let url: URL;
  try {
    url = new URL(value.trim());
  } catch {
    throw new Error(`STRIPE_API_BASE is not a URL: ${value}`);
  }
  const protocol = url.protocol === "http:" ? "http" : "https";
  return { host: url.hostname, port: Number(url.port || (protocol === "http" ? 80 : 443)), protocol };
}

export const stripeSecretKey = () => requireEnv("STRIPE_SECRET_KEY", "the Stripe secret API key (sk_live_… or sk_test_…)");
export const stripeWebhookSecret = () => requireEnv("STRIPE_WEBHOOK_SECRET", "the signing secret of the Stripe webhook endpoint (whsec_…)");

/** The env variables this plugin needs that are missing, for the enable check and the admin status. */
export function missingStripeEnv(): string[] {
  return ["STRIPE_SECRET_KEY", "STRIPE_WEBHOOK_SECRET"].filter((name) => !process.env[name]?.trim());
}

/** Why Stripe can't take payments (missing env variables, named), or null: the registry leaves it out of checkout, the status query shows it. */
export function stripeUnavailableReason(): string | null {
  const missing = missingStripeEnv();
  return missing.length > 0 ? `Set ${missing.join(" and ")} in the environment and restart; until then Stripe is not offered at checkout.` : null;
}
