import { definePlugin } from "@tillbox/plugin-sdk";
import { paypalUnavailableReason } from "./server/env";
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
  paymentProvider: {
    key: PAYPAL_PROVIDER_KEY,
    create: (settings) => createPaypalProvider(settings),
    // Without credentials the plugin still enables (a fresh install isn't an error); checkout just doesn't offer it.
    unavailableReason: paypalUnavailableReason,
  },
});
