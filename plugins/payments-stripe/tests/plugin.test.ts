import { afterEach, describe, expect, it } from "vitest";
import { pluginManifestSchema, type Db, type PaymentProviderRegistration, type PluginDefinition } from "@tillbox/plugin-sdk";
import { createTestCaller, createTestContext } from "@tillbox/plugin-sdk/testing";
import plugin from "../plugin";

// Typed as the host sees them: the registry calls unavailableReason() and create(settings).
const definition: PluginDefinition = plugin;
const registration: PaymentProviderRegistration = plugin.paymentProvider;
import { parseApiBase } from "../server/env";
import { paymentsStripeRouter } from "../server/router";
import { clearStripeEnv } from "./helpers";

afterEach(clearStripeEnv);

describe("payments-stripe manifest", () => {
  it("is valid and registers the stripe provider", () => {
    expect(pluginManifestSchema.safeParse(plugin).success).toBe(true);
    expect(registration.create({}).key).toBe("stripe");
  });

  it("enables without keys (no onEnable hook) but reports itself unavailable, naming the missing variables", () => {
    expect(definition.hooks?.onEnable).toBeUndefined();
    expect(registration.unavailableReason!()).toMatch(/Set STRIPE_SECRET_KEY and STRIPE_WEBHOOK_SECRET in the environment/);
    process.env.STRIPE_SECRET_KEY = "sk_test_x";
    expect(registration.unavailableReason!()).toMatch(/^Set STRIPE_WEBHOOK_SECRET in/);
    process.env.STRIPE_WEBHOOK_SECRET = "whsec_x";
    expect(registration.unavailableReason!()).toBeNull();
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
    expect(status).toEqual({
      configured: false,
      missing: ["STRIPE_WEBHOOK_SECRET"],
      mode: "live",
      webhookPath: "/api/webhooks/stripe",
      unavailableReason: "Set STRIPE_WEBHOOK_SECRET in the environment and restart; until then Stripe is not offered at checkout.",
    });
    expect(JSON.stringify(status)).not.toContain("supersecret");
  });
});
