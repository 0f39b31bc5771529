import { expect } from "vitest";
import type { Db } from "@tillbox/db";
import { createTestDb, type TestDb } from "@tillbox/db/testing";
import { createTestClock, type TestClock } from "../../../src/billing/clock";
import type { BillingContext } from "../../../src/billing/context";
import type { AccessActor, Permissions } from "../../../src/identity/access/permissions";

export const tenantId = "default";

export interface WalletHarness {
  test: TestDb;
  db: Db;
  clock: TestClock;
  ctx(actor?: AccessActor | null): BillingContext;
}

export async function createWalletHarness(start = "2026-01-01T00:00:00.000Z"): Promise<WalletHarness> {
  const test = await createTestDb();
  const clock = createTestClock(start);
  return { test, db: test.db, clock, ctx: (actor = null) => ({ db: test.db, tenantId, clock, actor }) };
}

let counter = 0;
export async function createUser(db: Db, tenant = tenantId): Promise<string> {
  counter += 1;
  const user = await db.user.create({ data: { tenantId: tenant, email: `wallet${counter}-${Date.now()}@example.com`, name: `Wallet ${counter}` } });
  return user.id;
}

export function operator(permissions: Permissions, actorId: string | null = null): AccessActor {
  return { tenantId, actorId, permissions, ip: "203.0.113.9", userAgent: "vitest" };
}

/** Every entry of the user's wallet, in write order. */
export async function entriesOf(db: Db, userId: string, tenant = tenantId) {
  return db.tokenLedgerEntry.findMany({ where: { tenantId: tenant, wallet: { userId } }, orderBy: { sequence: "asc" } });
}

/**
 * The wallet invariants, checked from the rows: balance = sum of the ledger ≥ 0, and each
 * entry's balanceAfter is the running sum in write order (so no update was lost or reordered).
 */
export async function expectConsistentWallet(db: Db, userId: string, tenant = tenantId): Promise<number> {
  const wallet = await db.tokenWallet.findUnique({ where: { tenantId_userId: { tenantId: tenant, userId } } });
  const entries = await entriesOf(db, userId, tenant);
  let running = 0;
  for (const entry of entries) {
    running += entry.amount;
    expect(entry.balanceAfter, `balanceAfter of entry ${entry.sequence}`).toBe(running);
  }
  expect(wallet?.balance ?? 0).toBe(running);
  expect(running).toBeGreaterThanOrEqual(0);
  return running;
}

/** Runs `tasks` with at most `width` in flight: real parallelism bounded by the connection pools. */
export async function runPool<T>(tasks: (() => Promise<T>)[], width: number): Promise<PromiseSettledResult<T>[]> {
  const results: PromiseSettledResult<T>[] = new Array(tasks.length);
  let next = 0;
  const worker = async () => {
    while (next < tasks.length) {
      const index = next++;
      try {
        results[index] = { status: "fulfilled", value: await tasks[index]!() };
      } catch (reason) {
        results[index] = { status: "rejected", reason };
      }
    }
  };
  await Promise.all(Array.from({ length: width }, worker));
  return results;
}

export const days = (count: number) => count * 86_400_000;
