import { definePlugin, type ProviderHostServices } from "@tillbox/plugin-sdk";
import { refuseInProduction } from "./server/env";
import { createSandboxProvider } from "./server/provider";
import { SANDBOX_PROVIDER_KEY, sandboxSettingsSchema } from "./server/settings";

export default definePlugin({
  slug: "payments-sandbox",
  name: "Payments sandbox",
  version: "1.0.0",
  description: "A fake card provider with test cards (succeeds, declines, needs 3-D Secure) for demos and end-to-end tests. Refuses to run in production.",
  dependsOn: [],
  settings: sandboxSettingsSchema,
  paymentProvider: {
    key: SANDBOX_PROVIDER_KEY,
    /** The sandbox keeps its payments in its own tables, so it needs the host's database client. */
    create(_settings: Record<string, unknown>, host?: ProviderHostServices) {
      if (!host?.db) throw new Error("payments-sandbox: the provider registry must call create(settings, { db }).");
      return createSandboxProvider({ db: host.db });
    },
    // The plugin runtime asks before every enable (boot and manual) and refuses with this reason.
    refuseEnable: refuseInProduction,
  },
});
