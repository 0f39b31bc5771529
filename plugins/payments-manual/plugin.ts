import { definePlugin } from "@tillbox/plugin-sdk";
import { createManualProvider } from "./server/provider";
import { MANUAL_PROVIDER_KEY, manualSettingsSchema } from "./server/settings";

export default definePlugin({
  slug: "payments-manual",
  name: "Bank transfer",
  version: "1.0.0",
  description:
    "Pay by bank transfer: the invoice carries your bank details and the invoice number as reference; an admin marks it paid when the money arrives.",
  dependsOn: [],
  permissions: { "payments-manual:read": "See whether bank transfer is configured and preview the invoice instructions" },
  settings: manualSettingsSchema,
  paymentProvider: { key: MANUAL_PROVIDER_KEY, create: createManualProvider },
});
