import { afterEach, describe, expect, it } from "vitest";
import { pluginManifestSchema, type Db, type PaymentProviderRegistration, type PluginDefinition } from "@tillbox/plugin-sdk";
import { createTestCaller, createTestContext } from "@tillbox/plugin-sdk/testing";
import plugin from "../plugin";

// Typed as the host sees them: the registry calls unavailableReason() and create(settings).
const definition: PluginDefinition = plugin;
const registration: PaymentProviderRegistration = plugin.paymentProvider;
import { paymentsPaypalRouter } from "../server/router";
import { paypalSettingsSchema } from "../server/settings";
import { clearPaypalEnv } from "./helpers";

afterEach(clearPaypalEnv);

describe("payments-paypal manifest", () => {
  it("is valid and registers the paypal provider", () => {
    expect(pluginManifestSchema.safeParse(plugin).success).toBe(true);
    expect(registration.create({}).key).toBe("paypal");
    expect(paypalSettingsSchema.parse({})).toEqual({ countries: [], currencies: [], brandName: "" });
  });

  it("enables without credentials (no onEnable hook) but reports itself unavailable, naming them", () => {
    expect(definition.hooks?.onEnable).toBeUndefined();
    expect(registration.unavailableReason!()).toMatch(/Set PAYPAL_CLIENT_ID, PAYPAL_CLIENT_SECRET, PAYPAL_WEBHOOK_ID in the environment/);
    Object.assign(process.env, { PAYPAL_CLIENT_ID: "a", PAYPAL_CLIENT_SECRET: "b", PAYPAL_WEBHOOK_ID: "c" });
    expect(registration.unavailableReason!()).toBeNull();
  });

  it("status says sandbox by default and never returns secrets", async () => {
    Object.assign(process.env, { PAYPAL_CLIENT_ID: "id", PAYPAL_CLIENT_SECRET: "very-secret" });
    const status = await createTestCaller(paymentsPaypalRouter, createTestContext({ db: {} as Db })).status();
    expect(status).toEqual({
      configured: false,
      missing: ["PAYPAL_WEBHOOK_ID"],
      environment: "sandbox",
      webhookPath: "/api/webhooks/paypal",
      unavailableReason: "Set PAYPAL_WEBHOOK_ID in the environment and restart; until then PayPal is not offered at checkout.",
    });
    expect(JSON.stringify(status)).not.toContain("very-secret");
  });
});
