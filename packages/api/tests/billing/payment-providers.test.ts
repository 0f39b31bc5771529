import { describe, expect, it } from "vitest";
import type { InstalledPlugin, PaymentProvider } from "@tillbox/core";
import { buildLineItemHandlers, buildPaymentProviders } from "../../src/payment-providers";

/** A provider plugin as definePlugin would produce it, with a fake registration. */
function providerPlugin(slug: string, key: string): InstalledPlugin & { created: Record<string, unknown>[] } {
  const created: Record<string, unknown>[] = [];
  return {
    slug,
    name: slug,
    version: "1.0.0",
    description: "fake",
    created,
    paymentProvider: {
      key,
      create(settings) {
        created.push(settings);
        return { key, displayName: key, supportsSavedMethods: false } as unknown as PaymentProvider;
      },
    },
    lineItemHandlers: [{ id: `${slug}.fee`, order: 400, apply: (state) => state }],
  };
}

describe("buildPaymentProviders", () => {
  it("registers enabled provider plugins only, built from their settings, offered per country and currency", () => {
    const card = providerPlugin("payments-card", "card");
    const bank = providerPlugin("payments-bank", "bank");
    const off = providerPlugin("payments-off", "off");
    const plain: InstalledPlugin = { slug: "webhooks", name: "Webhooks", version: "1.0.0", description: "no provider" };
    const providers = buildPaymentProviders(
      [card, bank, off, plain],
      [
        { slug: "payments-card", enabled: true, settings: { countries: [], currencies: ["EUR", "USD"] } },
        { slug: "payments-bank", enabled: true, settings: { countries: ["DE", "AT"], currencies: ["EUR"] } },
        { slug: "payments-off", enabled: false, settings: {} },
        { slug: "webhooks", enabled: true, settings: {} },
      ],
    );
    expect(card.created).toEqual([{ countries: [], currencies: ["EUR", "USD"] }]);
    expect(off.created).toEqual([]);
    expect(providers.forCheckout("DE", "EUR").map((p) => p.key)).toEqual(["card", "bank"]);
    expect(providers.forCheckout("FR", "EUR").map((p) => p.key)).toEqual(["card"]);
    expect(providers.forCheckout("DE", "JPY")).toEqual([]);
    expect(providers.get("off")).toBeNull();
    expect(providers.get("bank")?.key).toBe("bank");
  });

  it("collects enabled plugins' line-item handlers", () => {
    const card = providerPlugin("payments-card", "card");
    const off = providerPlugin("payments-off", "off");
    const handlers = buildLineItemHandlers(
      [card, off],
      [
        { slug: "payments-card", enabled: true, settings: {} },
        { slug: "payments-off", enabled: false, settings: {} },
      ],
    );
    expect(handlers.map((handler) => handler.id)).toEqual(["payments-card.fee"]);
  });
});
