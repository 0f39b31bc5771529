import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { allowedTransitions, canTransition, runDueRenewals, runDunning, subscriptionStatuses } from "../../../src";
import { createSubscriptionHarness, type SubscriptionHarness } from "./harness";

let h: SubscriptionHarness;

beforeAll(async () => {
  h = await createSubscriptionHarness("2026-01-01T00:00:00.000Z", { monthly: { interval: "month", prices: { EUR: 1900 }, tokenGrant: 10 } });
}, 60_000);
afterAll(() => h.close());

describe("renewal workers in parallel", () => {
  it("renew each due subscription exactly once (FOR UPDATE SKIP LOCKED): one invoice, one charge, one grant", async () => {
    const ids: string[] = [];
    for (let index = 0; index < 12; index += 1) ids.push(await h.subscribe(index % 2 ? h.customers.de : h.customers.us, "monthly"));
    h.clock.set("2026-02-01T00:00:00Z");
    const charges = h.provider.calls.create;
    await Promise.all(
      Array.from({ length: 4 }, () => h.worker()).map((db) =>
        Promise.all([runDueRenewals({ db, clock: h.clock }, h.deps), runDunning({ db, clock: h.clock }, h.deps)]),
      ),
    );
    for (const id of ids) {
      const invoices = await h.db.invoice.findMany({ where: { subscriptionId: id, billingReason: "subscription_cycle" }, include: { payments: true } });
      expect(invoices).toHaveLength(1);
      expect(invoices[0]).toMatchObject({ status: "paid" });
      expect(invoices[0]!.payments).toHaveLength(1);
    }
    expect(h.provider.calls.create - charges).toBe(12);
    const grants = await h.db.tokenLedgerEntry.count({ where: { kind: "grant", reference: { contains: "2026-02-01T00:00:00.000Z" } } });
    expect(grants).toBe(12);
  }, 120_000);
});

describe("the transition table", () => {
  it("has an entry for every status, terminal statuses have no way out, and edges only name known statuses", () => {
    expect(Object.keys(allowedTransitions).sort()).toEqual([...subscriptionStatuses].sort());
    for (const targets of Object.values(allowedTransitions)) for (const to of targets) expect(subscriptionStatuses).toContain(to);
    for (const status of subscriptionStatuses) expect(canTransition("canceled", status)).toBe(false);
    for (const status of subscriptionStatuses) expect(canTransition("incomplete_expired", status)).toBe(false);
    expect(canTransition("incomplete", "active")).toBe(true);
    expect(canTransition("incomplete", "past_due")).toBe(false);
    expect(canTransition("active", "unpaid")).toBe(false);
    expect(canTransition("past_due", "unpaid")).toBe(true);
    expect(canTransition("paused", "past_due")).toBe(false);
    expect(canTransition("active", "active")).toBe(true);
  });
});
