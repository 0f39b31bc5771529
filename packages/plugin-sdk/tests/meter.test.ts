import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createTestClock, creditTokens, DomainError, getTokenBalance } from "@tillbox/core";
import { createDb, type Db } from "@tillbox/db";
import { createTestDb, type TestDb } from "@tillbox/db/testing";
import { meter } from "../src";

const tenantId = "default";
let test: TestDb;
let userId: string;
const clock = createTestClock("2026-04-01T10:00:00.000Z");

beforeEach(async () => {
  test = await createTestDb();
  userId = (await test.db.user.create({ data: { tenantId, email: "metered@example.com", name: "Metered" } })).id;
  await creditTokens(test.db, { tenantId, userId, amount: 20, kind: "purchase", now: clock.now() });
});
afterEach(async () => {
  await test.close();
});

const user = (db: Db = test.db) => ({ db, tenantId, userId, clock });
const ledger = () => test.db.tokenLedgerEntry.findMany({ where: { tenantId }, orderBy: { sequence: "asc" } });

describe("meter(user, feature, cost, fn)", () => {
  it("deducts before the call, keeps the tokens when fn succeeds, and returns fn's result", async () => {
    let balanceSeenInside = -1;
    const result = await meter(user(), "ai-summary", 5, async (usage) => {
      balanceSeenInside = await getTokenBalance(test.db, tenantId, userId); // committed before fn runs
      return { summary: "short", usageBalance: usage.balance };
    });
    expect(result).toEqual({ summary: "short", usageBalance: 15 });
    expect(balanceSeenInside).toBe(15);
    expect(await getTokenBalance(test.db, tenantId, userId)).toBe(15);
    expect((await ledger()).map((entry) => [entry.kind, entry.amount, entry.feature])).toEqual([
      ["purchase", 20, null],
      ["usage", -5, "ai-summary"],
    ]);
  });

  it("refunds with a refund entry pointing at the usage entry when fn throws, and rethrows the same error", async () => {
    const failure = new Error("model timed out");
    let usageId = "";
    await expect(
      meter(user(), "ai-summary", 5, (usage) => {
        usageId = usage.entryId;
        throw failure;
      }),
    ).rejects.toBe(failure);
    expect(await getTokenBalance(test.db, tenantId, userId)).toBe(20);
    const entries = await ledger();
    expect(entries.map((entry) => [entry.kind, entry.amount, entry.feature, entry.reference])).toEqual([
      ["purchase", 20, null, null],
      ["usage", -5, "ai-summary", null],
      ["refund", 5, "ai-summary", usageId],
    ]);
    expect(entries[1]!.id).toBe(usageId);
  });

  it("never calls fn without enough tokens: INSUFFICIENT_TOKENS, nothing written", async () => {
    let called = false;
    const error = await meter(user(), "export", 21, () => (called = true)).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(DomainError);
    expect((error as DomainError).code).toBe("INSUFFICIENT_TOKENS");
    expect(called).toBe(false);
    expect(await ledger()).toHaveLength(1);
  });

  it("validates the feature, the cost and the user, naming the field", async () => {
    const codes = async (call: Promise<unknown>) => ((await call.catch((caught: unknown) => caught)) as DomainError).message;
    expect(await codes(meter(user(), "AI Summary", 1, () => 1))).toContain("field: feature");
    expect(await codes(meter(user(), "ai", 0, () => 1))).toContain("field: cost");
    expect(await codes(meter(user(), "ai", 1.5, () => 1))).toContain("field: cost");
    expect(await codes(meter({ ...user(), userId: null }, "ai", 1, () => 1))).toContain("field: userId");
  });

  it("concurrent metered calls never spend more than the balance; failed calls give their tokens back", async () => {
    const pools = test.url ? [createDb({ url: test.url }), createDb({ url: test.url })] : [test.db];
    const calls = 30; // 20 tokens at 2 each: at most 10 can be paid at once; every third call fails
    const results = await Promise.allSettled(
      Array.from({ length: calls }, (_, index) =>
        meter(user(pools[index % pools.length]), "batch", 2, async () => {
          if (index % 3 === 0) throw new Error(`call ${index} failed`);
          return index;
        }),
      ),
    );
    if (test.url) await Promise.all(pools.map((db) => db.$disconnect()));
    const succeeded = results.filter((result) => result.status === "fulfilled").length;
    const entries = await ledger();
    const usages = entries.filter((entry) => entry.kind === "usage").length;
    const refunds = entries.filter((entry) => entry.kind === "refund").length;
    expect(succeeded).toBeGreaterThan(0);
    expect(succeeded).toBeLessThanOrEqual(10);
    expect(usages - refunds).toBe(succeeded);
    expect(await getTokenBalance(test.db, tenantId, userId)).toBe(20 - 2 * succeeded);
    expect(entries.reduce((sum, entry) => sum + entry.amount, 0)).toBe(20 - 2 * succeeded);
    expect(entries.every((entry) => entry.balanceAfter >= 0)).toBe(true);
  });
});
