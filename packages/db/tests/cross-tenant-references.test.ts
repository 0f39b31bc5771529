import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { forTenant } from "../src/tenant-scope";
import { createTestDb, type TestDb } from "../src/testing";

/**
 * The database, not the caller, keeps references inside a tenant: raw SQL and Prisma writes that
 * forTenant doesn't rewrite (nested connects) are refused by the (tenant_id, x_id) foreign keys,
 * or, where Prisma would carry the row into the other tenant instead, by the tenant_id trigger.
 */
let test: TestDb;
type Rows = Awaited<ReturnType<typeof seedTenant>>;
const rows: Record<"a" | "b", Rows> = {} as never;

async function seedTenant(tenantId: string) {
  const { db } = test;
  await db.tenant.create({ data: { id: tenantId, slug: tenantId, name: tenantId.toUpperCase() } });
  const user = await db.user.create({ data: { tenantId, email: `owner@${tenantId}.test` } });
  const plan = await db.plan.create({ data: { tenantId, slug: "pro", name: "Pro", interval: "month" } });
  const now = new Date("2026-01-01T00:00:00Z");
  const subscription = await db.subscription.create({
    data: {
      tenantId,
      userId: user.id,
      planId: plan.id,
      currency: "EUR",
      unitAmount: 900,
      currentPeriodStart: now,
      currentPeriodEnd: now,
      billingCycleAnchor: now,
    },
  });
  const invoice = await db.invoice.create({ data: { tenantId, userId: user.id, subscriptionId: subscription.id, billingReason: "manual", currency: "EUR" } });
  const payment = await db.payment.create({ data: { tenantId, invoiceId: invoice.id, provider: "manual", amount: 900, currency: "EUR" } });
  const apiKey = await db.apiKey.create({ data: { tenantId, userId: user.id, name: "key", prefix: `tbx_${tenantId}`, keyHash: "x", scopes: [] } });
  const endpoint = await db.webhookEndpoint.create({ data: { tenantId, url: `https://${tenantId}.example/hook`, events: ["*"], secretEncrypted: "s" } });
  const delivery = await db.webhookDelivery.create({ data: { tenantId, endpointId: endpoint.id, eventId: `evt_${tenantId}`, eventName: "probe", body: "{}" } });
  return { user, plan, subscription, invoice, payment, apiKey, endpoint, delivery };
}

beforeAll(async () => {
  test = await createTestDb();
  rows.a = await seedTenant("a");
  rows.b = await seedTenant("b");
});
afterAll(() => test.close());

/** Tenant a's rows exactly as seeded: a refused write changed nothing. */
async function expectAUnchanged() {
  const { db } = test;
  const { a } = rows;
  expect(await db.invoice.findUniqueOrThrow({ where: { id: a.invoice.id } })).toEqual(a.invoice);
  expect(await db.payment.findUniqueOrThrow({ where: { id: a.payment.id } })).toEqual(a.payment);
  expect(await db.subscription.findUniqueOrThrow({ where: { id: a.subscription.id } })).toEqual(a.subscription);
  expect(await db.apiKey.findUniqueOrThrow({ where: { id: a.apiKey.id } })).toEqual(a.apiKey);
  expect(await db.webhookDelivery.findUniqueOrThrow({ where: { id: a.delivery.id } })).toEqual(a.delivery);
}

describe("raw SQL can't point a row at another tenant's row", () => {
  it("refuses inserts and updates on invoices, payments, subscriptions, API keys and plugin tables", async () => {
    const { db } = test;
    const { a, b } = rows;
    await expect(db.$executeRaw`INSERT INTO billing_invoice (id, tenant_id, user_id, billing_reason, currency)
      VALUES (gen_random_uuid(), 'a', ${b.user.id}::uuid, 'manual', 'EUR')`).rejects.toThrow(/billing_invoice_tenant_id_user_id_fkey/);
    await expect(db.$executeRaw`UPDATE billing_invoice SET user_id = ${b.user.id}::uuid WHERE id = ${a.invoice.id}::uuid`).rejects.toThrow(
      /billing_invoice_tenant_id_user_id_fkey/,
    );
    await expect(db.$executeRaw`INSERT INTO billing_payment (id, tenant_id, invoice_id, provider, amount, currency)
      VALUES (gen_random_uuid(), 'a', ${b.invoice.id}::uuid, 'manual', 1, 'EUR')`).rejects.toThrow(/billing_payment_tenant_id_invoice_id_fkey/);
    await expect(db.$executeRaw`UPDATE billing_subscription SET plan_id = ${b.plan.id}::uuid WHERE id = ${a.subscription.id}::uuid`).rejects.toThrow(
      /billing_subscription_tenant_id_plan_id_fkey/,
    );
    await expect(db.$executeRaw`INSERT INTO api_key (id, tenant_id, user_id, name, prefix, key_hash, scopes)
      VALUES (gen_random_uuid(), 'a', ${b.user.id}::uuid, 'stolen', 'tbx_stolen', 'x', '{}')`).rejects.toThrow(/api_key_tenant_id_user_id_fkey/);
    await expect(db.$executeRaw`UPDATE webhooks_delivery SET endpoint_id = ${b.endpoint.id}::uuid WHERE id = ${a.delivery.id}::uuid`).rejects.toThrow(
      /webhooks_delivery_tenant_id_endpoint_id_fkey/,
    );
    await expectAUnchanged();
  });

  it("refuses moving a row to another tenant, which would carry its references along", async () => {
    await expect(
      test.db.$executeRaw`UPDATE api_key SET tenant_id = 'b', user_id = ${rows.b.user.id}::uuid WHERE id = ${rows.a.apiKey.id}::uuid`,
    ).rejects.toThrow(/api_key\.tenant_id can't change/);
    await expectAUnchanged();
  });
});

describe("Prisma writes forTenant doesn't rewrite can't either", () => {
  it("refuses unchecked scalar references to another tenant's user", async () => {
    const create = test.db.invoice.create({ data: { tenantId: "a", userId: rows.b.user.id, billingReason: "manual", currency: "EUR" } });
    await expect(create).rejects.toThrow(/billing_invoice_tenant_id_user_id_fkey/);
  });

  it("refuses nested connects to another tenant's user, invoice, plan and webhook endpoint", async () => {
    const { db } = test;
    const { a, b } = rows;
    const refused = /tenant_id can't change/;
    // Prisma writes the connected row's (tenantId, id) into the row, so each would move A's row into B.
    await expect(db.invoice.update({ where: { id: a.invoice.id }, data: { user: { connect: { id: b.user.id } } } })).rejects.toThrow(refused);
    await expect(db.payment.update({ where: { id: a.payment.id }, data: { invoice: { connect: { id: b.invoice.id } } } })).rejects.toThrow(refused);
    await expect(db.subscription.update({ where: { id: a.subscription.id }, data: { plan: { connect: { id: b.plan.id } } } })).rejects.toThrow(refused);
    // From tenant B's scoped client: the nested connect reaches A's rows by id, the database stops it.
    const asB = forTenant(db, "b");
    await expect(asB.user.update({ where: { id: b.user.id }, data: { apiKeys: { connect: { id: a.apiKey.id } } } })).rejects.toThrow(refused);
    await expect(asB.webhookEndpoint.update({ where: { id: b.endpoint.id }, data: { deliveries: { connect: { id: a.delivery.id } } } })).rejects.toThrow(
      refused,
    );
    // The tenant-qualified key can't name another tenant's row at all.
    const qualified = db.invoice.update({ where: { id: a.invoice.id }, data: { user: { connect: { tenantId_id: { tenantId: "a", id: b.user.id } } } } });
    await expect(qualified).rejects.toThrow();
    await expectAUnchanged();
  });

  it("still connects rows of the same tenant", async () => {
    const { db } = test;
    const other = await db.user.create({ data: { tenantId: "a", email: "second@a.test" } });
    const moved = await db.apiKey.update({ where: { id: rows.a.apiKey.id }, data: { user: { connect: { id: other.id } } } });
    expect(moved).toMatchObject({ tenantId: "a", userId: other.id });
    rows.a.apiKey = await db.apiKey.update({ where: { id: rows.a.apiKey.id }, data: { userId: rows.a.user.id } });
  });
});

describe("ON DELETE SET NULL on a tenant-scoped reference", () => {
  it("nulls the reference only and keeps the row's tenant", async () => {
    const { db } = test;
    const category = await db.planCategory.create({ data: { tenantId: "a", slug: "gone", name: "Gone" } });
    const plan = await db.plan.create({ data: { tenantId: "a", slug: "in-gone", name: "In gone", interval: "month", categoryId: category.id } });
    await db.planCategory.delete({ where: { id: category.id } });
    expect(await db.plan.findUniqueOrThrow({ where: { id: plan.id } })).toMatchObject({ tenantId: "a", categoryId: null });
  });
});
