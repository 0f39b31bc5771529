import { PrismaPg } from "@prisma/adapter-pg";
import { createTestDb, type TestDb } from "@tillbox/db/testing";
import { PrismaClient, type Db } from "@tillbox/db";
import {
  checkout,
  createTestClock,
  staticPaymentProviders,
  type AccessActor,
  type BillingContext,
  type MailMessage,
  type SubscriptionDeps,
  type TestClock,
} from "../../../src";
import { FakeProvider } from "../payments/fake-provider";

export const tenantId = "default";
let keyCounter = 0;
export const DAY = 86_400_000;

export function operator(permissions: AccessActor["permissions"] = "all"): AccessActor {
  return { tenantId, actorId: "00000000-0000-4000-8000-00000000a0a0", permissions, ip: "203.0.113.9", userAgent: "vitest" };
}

type PlanSpec = {
  interval: "week" | "month" | "year";
  intervalCount?: number;
  prices: Record<string, number>;
  trialDays?: number;
  tokenGrant?: number;
  tokenRollover?: boolean;
};

export interface SubscriptionHarness {
  test: TestDb;
  db: Db;
  clock: TestClock;
  provider: FakeProvider;
  deps: SubscriptionDeps;
  sent: MailMessage[];
  plans: Record<string, string>;
  /** A German customer (19 % VAT) and a US customer (no tax rate): amounts without tax. */
  customers: { de: string; us: string };
  ctx(actor?: AccessActor | null): BillingContext;
  customerCtx(userId: string): BillingContext;
  /** Buys `plan` through the real checkout at the clock's time; returns the subscription id. */
  subscribe(userId: string, plan: string, currency?: string): Promise<string>;
  job(): { db: Db; clock: TestClock };
  /** A client with its own connection pool on PostgreSQL (real parallel transactions); the shared one on PGlite. */
  worker(): Db;
  close(): Promise<void>;
}

/**
 * A migrated database with EUR and JPY, a 19 % DE VAT rate, a catalogue of the plans a test asks
 * for (all in one non-single category), two customers and the in-test FakeProvider behind the
 * real checkout, invoices and payments.
 */
export async function createSubscriptionHarness(start: string, plans: Record<string, PlanSpec>): Promise<SubscriptionHarness> {
  const test = await createTestDb();
  const db = test.db;
  const clock = createTestClock(start);
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
  const category = await db.planCategory.create({ data: { tenantId, slug: "plans", name: "Plans" } });
  const ids: Record<string, string> = {};
  for (const [slug, spec] of Object.entries(plans)) {
    const { prices, ...rest } = spec;
    const plan = await db.plan.create({
      data: {
        tenantId,
        slug,
        name: slug[0]!.toUpperCase() + slug.slice(1),
        categoryId: category.id,
        ...rest,
        prices: { create: Object.entries(prices).map(([currency, unitAmount]) => ({ currency, unitAmount })) },
      },
    });
    ids[slug] = plan.id;
  }
  const de = await db.user.create({ data: { tenantId, email: "ada@example.test", name: "Ada", country: "DE", locale: "de" } });
  const us = await db.user.create({ data: { tenantId, email: "bob@example.test", name: "Bob", country: "US", locale: "en" } });
  const provider = new FakeProvider("fake", clock);
  const sent: MailMessage[] = [];
  const pools: Db[] = [];
  const deps: SubscriptionDeps = {
    payments: { providers: staticPaymentProviders([provider]), returnUrl: "https://shop.test/return" },
    mailer: { send: async (message) => void sent.push(message) },
    webUrl: "https://shop.test",
  };
  const harness: SubscriptionHarness = {
    test,
    db,
    clock,
    provider,
    deps,
    sent,
    plans: ids,
    customers: { de: de.id, us: us.id },
    ctx: (actor = operator()) => ({ db, tenantId, clock, actor }),
    customerCtx: (userId) => ({ db, tenantId, clock, actor: { tenantId, actorId: userId, permissions: new Set<string>() } }),
    async subscribe(userId, plan, currency = "EUR") {
      const result = await checkout(
        harness.customerCtx(userId),
        { ...deps.payments },
        {
          userId,
          cart: { currency, items: [{ kind: "plan", planId: ids[plan]! }] },
          provider: "fake",
          idempotencyKey: `subscribe-${(keyCounter += 1)}`,
        },
      );
      return result.subscriptionIds[0]!;
    },
    job: () => ({ db, clock }),
    worker() {
      if (!test.url) return db;
      const pool = new PrismaClient({ adapter: new PrismaPg({ connectionString: test.url, max: 4 }) }) as Db;
      pools.push(pool);
      return pool;
    },
    async close() {
      for (const pool of pools) await pool.$disconnect();
      await test.close();
    },
  };
  return harness;
}

/** Runs every scheduled subscription job once at the clock's current time (what the crons do). */
export async function runJobs(harness: SubscriptionHarness) {
  const { runDueRenewals, runDunning, runTrialReminders, expireIncompleteSubscriptions } = await import("../../../src");
  await expireIncompleteSubscriptions(harness.job());
  await runDueRenewals(harness.job(), harness.deps);
  await runDunning(harness.job(), harness.deps);
  await runTrialReminders(harness.job());
}

/** Advances the clock day by day (running the jobs after each step) until `until`. */
export async function walk(harness: SubscriptionHarness, until: Date, stepMs = DAY) {
  while (harness.clock.now().getTime() < until.getTime()) {
    harness.clock.set(new Date(Math.min(harness.clock.now().getTime() + stepMs, until.getTime())));
    await runJobs(harness);
  }
}

export const subscriptionOf = (harness: SubscriptionHarness, id: string) => harness.db.subscription.findUniqueOrThrow({ where: { id } });
export const eventsNamed = async (db: Db, name: string) => db.outboxEvent.findMany({ where: { name }, orderBy: { createdAt: "asc" } });

/** round(amount × numerator / denominator), halves away from zero — the test's own arithmetic (BigInt, positive operands). */
export function expectedShare(amount: number, numerator: number, denominator: number): number {
  const twice = (2n * BigInt(amount) * BigInt(numerator)) / BigInt(denominator);
  // floor(2x) odd ⇔ fractional part ≥ .5 (for x ≥ 0): round up then.
  const floor = (BigInt(amount) * BigInt(numerator)) / BigInt(denominator);
  return Number(twice - 2n * floor >= 1n ? floor + 1n : floor);
}
