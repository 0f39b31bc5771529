/** PayPal credentials come from env only, read when used. */

export const DEFAULT_PAYPAL_API_BASE = "https://api-m.sandbox.paypal.com";

export function requireEnv(name: string, purpose: string): string {
  const value = process.env[name]?.trim();
  if (!value) throw new Error(`${name} is not set: ${purpose}. Set it in the environment (see plugins/payments-paypal/README.md).`);
  return value;
}

export interface PaypalEnv {
  clientId: string;
  clientSecret: string;
  apiBase: string;
}

export function paypalEnv(): PaypalEnv {
  return {
    clientId: requireEnv("PAYPAL_CLIENT_ID", "the REST app's client id"),
    clientSecret: requireEnv("PAYPAL_CLIENT_SECRET", "the REST app's secret"),
    // Sandbox unless told otherwise: a misconfigured install must not take live money by accident.
    apiBase: (process.env.PAYPAL_API_BASE?.trim() || DEFAULT_PAYPAL_API_BASE).replace(/\/+$/, ""),
  };
}

export const paypalWebhookId = () => requireEnv("PAYPAL_WEBHOOK_ID", "the id PayPal gave the webhook (needed to verify its signatures)");

export function missingPaypalEnv(): string[] {
  return ["PAYPAL_CLIENT_ID", "PAYPAL_CLIENT_SECRET", "PAYPAL_WEBHOOK_ID"].filter((name) => !process.env[name]?.trim());
}

/** Why PayPal can't take payments (missing env variables, named), or null: the registry leaves it out of checkout, the status query shows it. */
export function paypalUnavailableReason(): string | null {
  const missing = missingPaypalEnv();
  return missing.length > 0 ? `Set ${missing.join(", ")} in the environment and restart; until then PayPal is not offered at checkout.` : null;
}
