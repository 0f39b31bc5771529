import { definePlugin, type DbOrTx } from "@tillbox/plugin-sdk";
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
    /**
     * The sandbox keeps its payments in its own tables, so it needs the host's database client
     * as a second argument (the contract's create(settings) has no place for it yet).
     */
    create(_settings: Record<string, unknown>, host?: { db?: DbOrTx }) {
      if (!host?.db) throw new Error("payments-sandbox: the provider registry must call create(settings, { db }).");
      return createSandboxProvider({ db: host.db });
    },
    refuseEnable: refuseInProduction,
  },
  hooks: {
    // refuseEnable is the declarative form; this hook enforces it with today's plugin runtime,
    // which leaves the plugin in `error` with this message.
    onEnable() {
      const reason = refuseInProduction({ nodeEnv: process.env.NODE_ENV ?? "development" });
      if (reason) throw new Error(reason);
    },
  },
});
