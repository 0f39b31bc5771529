import { describe, expect, it } from "vitest";
import { coreFunctions, registeredFunctions } from "../src/runtime";

describe("the app's function list", () => {
  it("schedules every billing job, with no plugin gate, beside the plugins' functions", () => {
    const ids = coreFunctions.map(({ fn }) => fn.id);
    expect(ids).toEqual(
      expect.arrayContaining([
        "billing-subscription-renewals",
        "billing-subscription-dunning",
        "billing-trial-reminders",
        "billing-expire-token-grants",
        "billing-prune-idempotency-keys",
      ]),
    );
    for (const entry of coreFunctions) expect(entry.plugin, entry.fn.id).toBeUndefined();
  });

  it("mails receipts from the billing events, not on a schedule", () => {
    const triggers = Object.fromEntries(coreFunctions.filter(({ fn }) => "event" in fn.trigger).map(({ fn }) => [fn.id, fn.trigger]));
    expect(triggers).toEqual({
      "billing-receipt-invoice-paid": { event: "invoice.paid" },
      "billing-receipt-refund": { event: "payment.refunded" },
      "billing-plan-change-scheduled-mail": { event: "subscription.updated" },
    });
  });

  it("never registers two functions under one id (Inngest would run only one)", () => {
    const ids = registeredFunctions.map(({ plugin, fn }) => (plugin ? `${plugin}-${fn.id}` : fn.id));
    expect(new Set(ids).size).toBe(ids.length);
  });
});
