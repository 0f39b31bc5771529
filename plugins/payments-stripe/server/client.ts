import Stripe from "stripe";
import { parseApiBase, stripeSecretKey } from "./env";

/** A Stripe client from env; STRIPE_API_BASE points it at a local fake server in tests. */
export function createStripeClient(): Stripe {
  const base = parseApiBase(process.env.STRIPE_API_BASE);
  return new Stripe(stripeSecretKey(), {
    // Retries reuse our idempotency keys, so a network blip never charges twice.
    maxNetworkRetries: 2,
    timeout: 30_000,
    appInfo: { name: "Tillbox" },
    ...(base ? { host: base.host, port: base.port, protocol: base.protocol } : {}),
  });
}
