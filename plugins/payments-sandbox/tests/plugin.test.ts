import { afterEach, describe, expect, it } from "vitest";
import { pluginManifestSchema, type Db, type PaymentProviderRegistration, type PluginDefinition } from "@tillbox/plugin-sdk";
import plugin from "../plugin";

// Typed as the host sees them: the runtime calls onEnable(context) and create(settings).
const hooks: NonNullable<PluginDefinition["hooks"]> = plugin.hooks;
const registration: PaymentProviderRegistration = plugin.paymentProvider;
import { sandboxSettingsSchema } from "../server/settings";

afterEach(() => {
  process.env.NODE_ENV = "test";
});

describe("payments-sandbox manifest", () => {
  it("is a valid plugin with the sandbox provider", () => {
    expect(pluginManifestSchema.safeParse(plugin).success).toBe(true);
    expect(plugin.paymentProvider.key).toBe("sandbox");
  });

  it("refuses to enable in production, with a reason, both declaratively and through onEnable", async () => {
    expect(plugin.paymentProvider.refuseEnable({ nodeEnv: "development" })).toBeNull();
    expect(plugin.paymentProvider.refuseEnable({ nodeEnv: "production" })).toMatch(/cannot be enabled in production/);
    const context = { db: {} as Db, slug: "payments-sandbox", settings: {} };
    expect(() => hooks.onEnable!(context)).not.toThrow();
    process.env.NODE_ENV = "production";
    expect(() => hooks.onEnable!(context)).toThrow(/NODE_ENV=production/);
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
