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
    for (const { fn } of coreFunctions) expect(fn.trigger, fn.id).toHaveProperty("cron");
  });

  it("never registers two functions under one id (Inngest would run only one)", () => {
    const ids = registeredFunctions.map(({ plugin, fn }) => (plugin ? `${plugin}-${fn.id}` : fn.id));
    expect(new Set(ids).size).toBe(ids.length);
  });
});
