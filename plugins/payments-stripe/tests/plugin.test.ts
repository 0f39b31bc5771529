import { afterEach, describe, expect, it } from "vitest";
import { pluginManifestSchema, type Db, type PaymentProviderRegistration, type PluginDefinition } from "@tillbox/plugin-sdk";
import { createTestCaller, createTestContext } from "@tillbox/plugin-sdk/testing";
import plugin from "../plugin";

// Typed as the host sees them: the runtime calls onEnable(context) and create(settings).
const hooks: NonNullable<PluginDefinition["hooks"]> = plugin.hooks;
const registration: PaymentProviderRegistration = plugin.paymentProvider;
import { parseApiBase } from "../server/env";
import { paymentsStripeRouter } from "../server/router";
import { clearStripeEnv } from "./helpers";

afterEach(clearStripeEnv);
const hookContext = { db: {} as Db, slug: "payments-stripe", settings: {} };

describe("payments-stripe manifest", () => {
  it("is valid and registers the stripe provider", () => {
    expect(pluginManifestSchema.safeParse(plugin).success).toBe(true);
    expect(registration.create({}).key).toBe("stripe");
  });

  it("refuses to enable without keys, naming the variables", () => {
    expect(() => hooks.onEnable!(hookContext)).toThrow(/STRIPE_SECRET_KEY and STRIPE_WEBHOOK_SECRET/);
    process.env.STRIPE_SECRET_KEY = "sk_test_x";
    process.env.STRIPE_WEBHOOK_SECRET = "whsec_x";
    expect(() => hooks.onEnable!(hookContext)).not.toThrow();
  });

  it("reads STRIPE_API_BASE as host, port and protocol", () => {
    expect(parseApiBase("http://127.0.0.1:12111")).toEqual({ host: "127.0.0.1", port: 12111, protocol: "http" });
    expect(parseApiBase("https://api.stripe.com")).toEqual({ host: "api.stripe.com", port: 443, protocol: "https" });
    expect(parseApiBase(undefined)).toBeUndefined();
    expect(() => parseApiBase("not a url")).toThrow(/STRIPE_API_BASE/);
  });

  it("status reports mode and missing variables, never the key", async () => {
    process.env.STRIPE_SECRET_KEY = "sk_live_supersecret";
    const caller = createTestCaller(paymentsStripeRouter, createTestContext({ db: {} as Db }));
    const status = await caller.status();
    expect(status).toEqual({ configured: false, missing: ["STRIPE_WEBHOOK_SECRET"], mode: "live", webhookPath: "/api/webhooks/stripe" });
    expect(JSON.stringify(status)).not.toContain("supersecret");
  });
});
