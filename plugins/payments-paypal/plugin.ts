import { definePlugin } from "@tillbox/plugin-sdk";
import { missingPaypalEnv } from "./server/env";
import { createPaypalProvider } from "./server/provider";
import { PAYPAL_PROVIDER_KEY, paypalSettingsSchema } from "./server/settings";

export default definePlugin({
  slug: "payments-paypal",
  name: "PayPal",
  version: "1.0.0",
  description: "PayPal Checkout through the Orders v2 REST API: approval page, capture, vaulted PayPal for renewals, refunds, verified webhooks.",
  dependsOn: [],
  permissions: { "payments-paypal:read": "See whether PayPal credentials are configured (never the secrets)" },
  settings: paypalSettingsSchema,
  paymentProvider: { key: PAYPAL_PROVIDER_KEY, create: (settings) => createPaypalProvider(settings) },
  hooks: {
    // Offering PayPal without credentials would fail every checkout: stay in `error`, naming what is missing.
    onEnable() {
      const missing = missingPaypalEnv();
      if (missing.length > 0) throw new Error(`Set ${missing.join(", ")} in the environment, restart, then enable PayPal.`);
    },
  },
});
