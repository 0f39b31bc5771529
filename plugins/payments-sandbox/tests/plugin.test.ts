import { afterEach, describe, expect, it } from "vitest";
import { pluginManifestSchema, type Db, type PaymentProviderRegistration, type PluginDefinition } from "@tillbox/plugin-sdk";
import plugin from "../plugin";

// Typed as the host sees them: the runtime calls refuseEnable({ nodeEnv }) and create(settings, host).
const definition: PluginDefinition = plugin;
const registration: PaymentProviderRegistration = plugin.paymentProvider;
import { sandboxSettingsSchema } from "../server/settings";

afterEach(() => {
  // Next's types (via the SDK's web page helpers) mark NODE_ENV read-only; tests set it on purpose.
  (process.env as Record<string, string>).NODE_ENV = "test";
});

describe("payments-sandbox manifest", () => {
  it("is a valid plugin with the sandbox provider", () => {
    expect(pluginManifestSchema.safeParse(plugin).success).toBe(true);
    expect(plugin.paymentProvider.key).toBe("sandbox");
  });

  it("refuses to enable in production through refuseEnable alone (the plugin runtime asks it; no onEnable stand-in)", async () => {
    expect(registration.refuseEnable!({ nodeEnv: "development" })).toBeNull();
    expect(registration.refuseEnable!({ nodeEnv: "test" })).toBeNull();
    expect(registration.refuseEnable!({ nodeEnv: "production" })).toMatch(/cannot be enabled in production \(NODE_ENV=production\)/);
    expect(definition.hooks?.onEnable).toBeUndefined();
  });

  it("builds the provider only with the host's database", () => {
    expect(() => registration.create({})).toThrow(/create\(settings, \{ db \}\)/);
    expect(plugin.paymentProvider.create({}, { db: {} as Db }).key).toBe("sandbox");
  });

  it("has availability settings: empty = everywhere, ISO codes only", () => {
    expect(sandboxSettingsSchema.parse({})).toEqual({ countries: [], currencies: [] });
    expect(sandboxSettingsSchema.safeParse({ countries: ["de"] }).success).toBe(false);
    expect(sandboxSettingsSchema.safeParse({ currencies: ["EURO"] }).success).toBe(false);
    expect(sandboxSettingsSchema.parse({ countries: ["DE"], currencies: ["EUR"] })).toEqual({ countries: ["DE"], currencies: ["EUR"] });
  });
});
