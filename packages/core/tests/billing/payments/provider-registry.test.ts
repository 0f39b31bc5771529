import { describe, expect, it } from "vitest";
import { createPaymentProviders, createTestClock, isAvailable } from "../../../src";
import { FakeProvider } from "./fake-provider";

describe("payment provider registry", () => {
  const clock = createTestClock();
  const entry = (key: string, settings: Record<string, unknown>) => ({ registration: { key, create: () => new FakeProvider(key, clock) }, settings });

  it("offers a provider where its settings allow (empty lists = everywhere), case-insensitively", () => {
    const registry = createPaymentProviders([
      entry("anywhere", {}),
      entry("eu-eur", { countries: ["de", "FR"], currencies: ["EUR"] }),
      entry("usd", { currencies: ["USD"] }),
    ]);
    expect(registry.forCheckout("DE", "EUR").map((p) => p.key)).toEqual(["anywhere", "eu-eur"]);
    expect(registry.forCheckout("US", "USD").map((p) => p.key)).toEqual(["anywhere", "usd"]);
    expect(registry.forCheckout(null, "EUR").map((p) => p.key)).toEqual(["anywhere"]);
    expect(registry.get("usd")?.key).toBe("usd");
    expect(registry.get("missing")).toBeNull();
  });

  it("hands the host to create, and leaves out a provider whose create throws", () => {
    const seen: unknown[] = [];
    const registry = createPaymentProviders(
      [
        { registration: { key: "needs-db", create: (_settings, host) => (seen.push(host), new FakeProvider("needs-db", clock)) }, settings: {} },
        {
          registration: {
            key: "broken",
            create: () => {
              throw new Error("STRIPE_SECRET_KEY is not set");
            },
          },
          settings: {},
        },
      ],
      { db: "the-db" as never },
    );
    expect(seen).toEqual([{ db: "the-db" }]);
    expect(registry.forCheckout("DE", "EUR").map((p) => p.key)).toEqual(["needs-db"]);
  });

  it("leaves out a provider that says it is unavailable (missing env keys) or that this environment refuses", () => {
    const nodeEnv = process.env.NODE_ENV;
    const registry = () =>
      createPaymentProviders([
        entry("fine", {}),
        { registration: { key: "no-keys", create: () => new FakeProvider("no-keys", clock), unavailableReason: () => "Set STRIPE_SECRET_KEY" }, settings: {} },
        {
          registration: {
            key: "sandbox",
            create: () => new FakeProvider("sandbox", clock),
            refuseEnable: ({ nodeEnv: env }) => (env === "production" ? "no" : null),
          },
          settings: {},
        },
      ]);
    try {
      expect(
        registry()
          .forCheckout("DE", "EUR")
          .map((p) => p.key),
      ).toEqual(["fine", "sandbox"]);
      expect(registry().get("no-keys")).toBeNull();
      process.env.NODE_ENV = "production";
      expect(
        registry()
          .forCheckout("DE", "EUR")
          .map((p) => p.key),
      ).toEqual(["fine"]);
    } finally {
      process.env.NODE_ENV = nodeEnv;
    }
  });

  it("availability rules", () => {
    expect(isAvailable({ countries: [], currencies: [] }, null, "JPY")).toBe(true);
    expect(isAvailable({ countries: ["DE"], currencies: [] }, "AT", "EUR")).toBe(false);
  });
});
