import { PrismaPg } from "@prisma/adapter-pg";
import { createTestDb, type TestDb } from "@tillbox/db/testing";
import { PrismaClient, type Db } from "@tillbox/db";
import { createTestClock, staticPaymentProviders, type AccessActor, type BillingContext, type CheckoutDeps, type TestClock } from "../../../src";
import { FakeProvider } from "../payments/fake-provider";

export const tenantId = "default";
export const START = "2026-01-10T12:00:00.000Z";

export function operator(permissions: AccessActor["permissions"] = "all"): AccessActor {
  return { tenantId, actorId: null, permissions, ip: "203.0.113.9", userAgent: "vitest" };
}

export interface Catalogue {
  monthly: string; // 1900 EUR / month, single category "plans"
  yearly: string; // 19000 EUR / year, single category "plans"
  trial: string; // 900 EUR / month, 14-day trial, 500 tokens per period, own (not single) category
  addOn: string; // 300 EUR recurring, any plan
  bundle: string; // 1000 tokens for 500 EUR
}

export interface Harness {
  test: TestDb;
  db: Db;
  clock: TestClock;
  ctx: BillingContext;
  provider: FakeProvider;
  deps: CheckoutDeps;
  catalogue: Catalogue;
  customerId: string;
  /** A second client with its own connection pool, for real parallel transactions on PostgreSQL. */
  wideDb(max?: number): Db;
  close(): Promise<void>;
}

/** A migrated database with EUR (19 % exclusive DE VAT), a seller, a small catalogue and a German customer. */
export async function createHarness(): Promise<Harness> {
  const test = await createTestDb();
  const db = test.db;
  const clock = createTestClock(START);
  await db.currency.createMany({
    data: [
      { tenantId, code: "EUR", name: "Euro", exponent: 2 },
      { tenantId, code: "JPY", name: "Yen", exponent: 0 },
    ],
  });
  await db.country.createMany({
    data: [
      { tenantId, code: "DE", name: "Germany", euMember: true },
      { tenantId, code: "US", name: "United States" },
    ],
  });
  await db.taxRate.create({ data: { tenantId, country: "DE", name: "USt 19 %", rateMillipercent: 19_000 } });
  await db.billingSettings.create({ data: { tenantId, legalName: "Tillbox GmbH", country: "DE", vatId: "DE123456789", email: "billing@tillbox.test" } });
  const single = await db.planCategory.create({ data: { tenantId, slug: "plans", name: "Plans", isSingle: true } });
  const extras = await db.planCategory.create({ data: { tenantId, slug: "extras", name: "Extras" } });
  const plan = (slug: string, categoryId: string, interval: "month" | "year", unitAmount: number, extra: { trialDays?: number; tokenGrant?: number } = {}) =>
    db.plan.create({
      data: {
        tenantId,
        slug,
        name: slug[0]!.toUpperCase() + slug.slice(1),
        categoryId,
        interval,
        ...extra,
        prices: { create: { currency: "EUR", unitAmount } },
      },
    });
  const monthly = await plan("starter", single.id, "month", 1900);
  const yearly = await plan("yearly", single.id, "year", 19_000);
  const trial = await plan("trial", extras.id, "month", 900, { trialDays: 14, tokenGrant: 500 });
  const addOn = await db.addOn.create({
    data: { tenantId, slug: "support", name: "Priority support", recurring: true, prices: { create: { currency: "EUR", unitAmount: 300 } } },
  });
  const bundle = await db.tokenBundle.create({
    data: { tenantId, slug: "tokens-1000", name: "1,000 tokens", tokens: 1000, prices: { create: { currency: "EUR", unitAmount: 500 } } },
  });
  const customer = await db.user.create({
    data: { tenantId, email: "ada@example.test", name: "Ada", country: "DE", billingAddress: { line1: "Hauptstr. 1", city: "Berlin", country: "DE" } },
  });
  const provider = new FakeProvider("fake", clock);
  const pools: Db[] = [];
  return {
    test,
    db,
    clock,
    provider,
    customerId: customer.id,
    ctx: { db, tenantId, clock, actor: operator() },
    deps: { providers: staticPaymentProviders([provider]), returnUrl: "https://shop.test/return" },
    catalogue: { monthly: monthly.id, yearly: yearly.id, trial: trial.id, addOn: addOn.id, bundle: bundle.id },
    wideDb(max = 20) {
      if (!test.url) return db;
      const wide = new PrismaClient({ adapter: new PrismaPg({ connectionString: test.url, max }) }) as Db;
      pools.push(wide);
      return wide;
    },
    async close() {
      for (const pool of pools) await pool.$disconnect();
      await test.close();
    },
  };
}

export const eventNames = async (db: Db) => (await db.outboxEvent.findMany({ orderBy: { createdAt: "asc" } })).map((row) => row.name);

/** 19 % of an amount, rounded half away from zero: computed here independently of the tax code. */
export const vat19 = (amount: number) => Math.sign(amount) * Math.round(Math.abs(amount * 19) / 100);
