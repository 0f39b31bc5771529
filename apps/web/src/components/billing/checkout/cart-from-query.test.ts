import { describe, expect, it } from "vitest";
import { cartFromQuery } from "./cart-from-query";

const plan = "0b9cf7a4-3a51-4c53-9d43-0f3c1f1a2b3c";
const bundle = "5d1e0c1e-8a9b-4f7e-b2a4-6c0d2e3f4a5b";
const addOn = "9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d";
const subscription = "11111111-2222-4333-8444-555555555555";

describe("cartFromQuery", () => {
  it("reads plans, add-ons and bundles (repeated or comma-separated) and the currency", () => {
    expect(cartFromQuery({ plan, bundle: [bundle, bundle], addOn: `${addOn}`, subscription, currency: "jpy" })).toEqual({
      ok: true,
      cart: {
        currency: "JPY",
        items: [
          { kind: "plan", planId: plan },
          { kind: "add_on", addOnId: addOn, subscriptionId: subscription },
          { kind: "token_bundle", bundleId: bundle },
          { kind: "token_bundle", bundleId: bundle },
        ],
      },
    });
    expect(cartFromQuery({ bundle: `${bundle},${bundle}` })).toMatchObject({
      ok: true,
      cart: { currency: null, items: [{ bundleId: bundle }, { bundleId: bundle }] },
    });
  });

  it("refuses an empty cart, a malformed id and a malformed currency", () => {
    expect(cartFromQuery({})).toMatchObject({ ok: false, error: expect.stringContaining("empty") });
    expect(cartFromQuery({ plan: "starter" })).toEqual({ ok: false, error: '"starter" is not a valid plan, add-on or bundle id.' });
    expect(cartFromQuery({ plan, currency: "euro" })).toMatchObject({ ok: false, error: expect.stringContaining("EURO") });
  });
});
