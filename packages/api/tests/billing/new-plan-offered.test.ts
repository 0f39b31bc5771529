/**
 * A plan created in the back-office with its prices, through the API: the portal sells it at once
 * and a subscriber of a plan in the same category can switch to it (the change-plan dialog offers
 * the other plans of the subscription's catalogue group; the server previews the change).
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { setMailer } from "@tillbox/email";
import { createTestDb, type TestDb } from "@tillbox/db/testing";
import { payOnSandboxPage, setupShop, signedIn, tenantId } from "./done-when-helpers";

let t: TestDb;
let shop: Awaited<ReturnType<typeof setupShop>>;
let customer: Awaited<ReturnType<typeof signedIn>>;
let admin: Awaited<ReturnType<typeof signedIn>>;

beforeAll(async () => {
  t = await createTestDb();
  shop = await setupShop(t.db);
  [customer, admin] = [await signedIn(t.db, "user", "casey@example.test"), await signedIn(t.db, "admin", "ops@example.test")];
  const started = await customer.caller.billing.checkout.create({
    currency: "EUR",
    items: [{ kind: "plan", planId: shop.plans.pro! }],
    provider: "sandbox",
    idempotencyKey: "pro",
  });
  expect(await payOnSandboxPage(customer.caller, started, "4242 4242 4242 4242")).toMatchObject({ status: "succeeded" });
});
afterAll(async () => {
  setMailer(undefined);
  await t.close();
});

describe("a new plan with prices is sellable at once", () => {
  it("is created in the suggested category with its prices, listed publicly next to the customer's plan, and a valid change target", async () => {
    const suggested = await admin.caller.billing.catalogue.admin.categories.suggested();
    const pro = await t.db.plan.findUniqueOrThrow({ where: { id: shop.plans.pro! } });
    expect(suggested).toEqual({ id: pro.categoryId });

    const team = await admin.caller.billing.catalogue.admin.plans.create({
      slug: "team",
      name: "Team",
      interval: "month",
      categoryId: suggested!.id,
      prices: [
        { currency: "EUR", unitAmount: 4900 },
        { currency: "USD", unitAmount: 5400 },
        { currency: "JPY", unitAmount: 7900 },
      ],
    });
    expect(team.availability).toEqual({ offered: true, currencies: ["EUR", "JPY", "USD"], notices: [] });

    const [subscription] = await customer.caller.billing.subscriptions.mine();
    const listing = await customer.caller.billing.catalogue.plans({ currency: subscription!.currency });
    const group = listing.groups.find((candidate) => candidate.plans.some((plan) => plan.id === subscription!.planId));
    expect(group?.plans.find((plan) => plan.id === team.id)?.price).toEqual({ currency: "EUR", unitAmount: 4900 });

    const preview = await customer.caller.billing.subscriptions.previewChange({ subscriptionId: subscription!.id, toPlanId: team.id });
    // Pro (€29) to Team (€49) mid-period: an upgrade, prorated and invoiced now.
    expect(preview).toMatchObject({ toPlanId: team.id, direction: "upgrade", effective: "now", mode: "invoice", currency: "EUR" });
    expect(preview.amountDueNow).toBeGreaterThan(0);
  });

  it("a refused price leaves no plan behind and names the price by currency", async () => {
    const create = admin.caller.billing.catalogue.admin.plans.create({
      slug: "agency",
      name: "Agency",
      interval: "month",
      prices: [
        { currency: "EUR", unitAmount: 9900 },
        { currency: "GBP", unitAmount: 8900 },
      ],
    });
    await expect(create).rejects.toMatchObject({ code: "BAD_REQUEST", message: expect.stringContaining("(field: prices.GBP)") });
    expect(await t.db.plan.count({ where: { tenantId, slug: "agency" } })).toBe(0);
    expect(await t.db.price.count({ where: { tenantId, unitAmount: 9900, currency: "EUR", planId: { not: null } } })).toBe(0);
  });
});
