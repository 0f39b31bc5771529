import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { forTenantAsDb } from "@tillbox/db";
import { createTestDb, type TestDb } from "@tillbox/db/testing";
import { createTestClock } from "../../../src/billing/clock";
import type { BillingContext } from "../../../src/billing/context";
import { canonicalJson, IDEMPOTENCY_TTL_MS, pruneIdempotencyKeys, requestHash, withIdempotency } from "../../../src/billing/idempotency";
import { DomainError } from "../../../src/errors";

let test: TestDb;
const clock = createTestClock("2026-03-01T00:00:00Z");
let ctx: BillingContext;
/** Another client on the same database: like a second server process, it shares no memory with ctx. */
let otherProcess: BillingContext;

beforeAll(async () => {
  test = await createTestDb();
  ctx = { db: test.db, tenantId: "default", clock, actor: null };
  otherProcess = { ...ctx, db: forTenantAsDb(test.db, "default") };
});
afterAll(() => test.close());

describe("request hash", () => {
  it("ignores key order and undefined members, but not values", () => {
    expect(canonicalJson({ b: 1, a: { d: [1, { y: 2, x: 1 }], c: undefined } })).toBe('{"a":{"d":[1,{"x":1,"y":2}]},"b":1}');
    expect(requestHash({ a: 1, b: 2 })).toBe(requestHash({ b: 2, a: 1 }));
    expect(requestHash({ a: 1 })).not.toBe(requestHash({ a: 2 }));
    expect(requestHash({ a: 1 })).toMatch(/^[0-9a-f]{64}$/);
  });
});

describe("withIdempotency", () => {
  it("runs once per key; a retry with the same parameters gets the stored response", async () => {
    let runs = 0;
    const run = async () => ({ run: ++runs, at: new Date("2026-03-01T00:00:00Z") });
    const first = await withIdempotency(ctx, { scope: "checkout", key: "k-once", params: { amount: 100 } }, run);
    const second = await withIdempotency(ctx, { scope: "checkout", key: "k-once", params: { amount: 100 } }, run);
    expect(runs).toBe(1);
    // Both callers see the JSON form (a Date becomes its ISO string), so a replay is indistinguishable.
    expect(first).toEqual({ run: 1, at: "2026-03-01T00:00:00.000Z" });
    expect(second).toEqual(first);
    const row = await test.db.idempotencyKey.findFirstOrThrow({ where: { key: "k-once" } });
    expect(row).toMatchObject({ state: "completed", requestHash: requestHash({ amount: 100 }) });
    expect(row.expiresAt.getTime() - clock.now().getTime()).toBe(IDEMPOTENCY_TTL_MS);
  });

  it("refuses the same key with other parameters, naming the key", async () => {
    await withIdempotency(ctx, { scope: "refund", key: "k-reuse", params: { amount: 100 } }, async () => ({ ok: true }));
    const error = await withIdempotency(ctx, { scope: "refund", key: "k-reuse", params: { amount: 101 } }, async () => ({ ok: false })).catch((e) => e);
    expect(error).toBeInstanceOf(DomainError);
    expect(error).toMatchObject({ code: "IDEMPOTENCY_KEY_REUSED", status: "CONFLICT" });
    expect(error.message).toContain('"k-reuse"');
  });

  it("keeps scopes and owners apart", async () => {
    const a = await withIdempotency(ctx, { scope: "capture", key: "shared", params: { p: 1 }, owner: "user-a" }, async () => ({ who: "a" }));
    const b = await withIdempotency(ctx, { scope: "capture", key: "shared", params: { p: 2 }, owner: "user-b" }, async () => ({ who: "b" }));
    const c = await withIdempotency(ctx, { scope: "refund", key: "shared", params: { p: 3 } }, async () => ({ who: "c" }));
    expect([a, b, c]).toEqual([{ who: "a" }, { who: "b" }, { who: "c" }]);
  });

  it("releases the key when the run throws, so a retry runs", async () => {
    let runs = 0;
    const failing = withIdempotency(ctx, { scope: "checkout", key: "k-fail", params: {} }, async () => {
      runs++;
      throw new DomainError("NOPE", "first attempt fails");
    });
    await expect(failing).rejects.toThrow("first attempt fails");
    expect(await test.db.idempotencyKey.count({ where: { key: "k-fail" } })).toBe(0);
    const retried = await withIdempotency(ctx, { scope: "checkout", key: "k-fail", params: {} }, async () => ({ run: ++runs }));
    expect(retried).toEqual({ run: 2 });
  });

  it("makes concurrent duplicates (in this process and another) wait for the first result instead of running again", async () => {
    let runs = 0;
    let release!: () => void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    const run = async () => {
      runs++;
      await gate;
      return { value: 42 };
    };
    const calls = Array.from({ length: 20 }, (_, index) =>
      withIdempotency(index % 2 ? ctx : otherProcess, { scope: "checkout", key: "k-wait", params: { x: 1 } }, run),
    );
    await new Promise((resolve) => setTimeout(resolve, 100));
    release();
    expect(await Promise.all(calls)).toEqual(Array.from({ length: 20 }, () => ({ value: 42 })));
    expect(runs).toBe(1);
  });

  it("answers 409 when the first request is still running after the wait", async () => {
    let release!: () => void;
    const slow = withIdempotency(
      ctx,
      { scope: "checkout", key: "k-slow", params: {} },
      () => new Promise((resolve) => (release = () => resolve({ done: true }))),
    );
    await new Promise((resolve) => setTimeout(resolve, 30));
    const error = await withIdempotency(otherProcess, { scope: "checkout", key: "k-slow", params: {} }, async () => ({ done: false }), { waitMs: 50 }).catch(
      (e) => e,
    );
    expect(error).toMatchObject({ code: "IDEMPOTENCY_KEY_IN_PROGRESS", status: "CONFLICT" });
    release();
    expect(await slow).toEqual({ done: true });
  });

  it("keeps keys 24 hours; expired ones are pruned and the key can be used afresh", async () => {
    const local = createTestClock("2026-04-01T00:00:00Z");
    const lctx = { ...ctx, clock: local };
    await pruneIdempotencyKeys(lctx); // the March keys of the tests above
    await withIdempotency(lctx, { scope: "checkout", key: "k-ttl", params: { v: 1 } }, async () => ({ v: 1 }));
    local.advance(IDEMPOTENCY_TTL_MS - 1000);
    expect(await pruneIdempotencyKeys(lctx)).toBe(0);
    // Still within 24 h: other parameters are still refused.
    await expect(withIdempotency(lctx, { scope: "checkout", key: "k-ttl", params: { v: 2 } }, async () => ({ v: 2 }))).rejects.toMatchObject({
      code: "IDEMPOTENCY_KEY_REUSED",
    });
    local.advance(2000);
    expect(await pruneIdempotencyKeys(lctx)).toBeGreaterThanOrEqual(1);
    expect(await withIdempotency(lctx, { scope: "checkout", key: "k-ttl", params: { v: 2 } }, async () => ({ v: 2 }))).toEqual({ v: 2 });
  });

  it("refuses an empty key, naming the field", async () => {
    await expect(withIdempotency(ctx, { scope: "checkout", key: " ", params: {} }, async () => ({}))).rejects.toThrow(/idempotencyKey/);
  });
});
