import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createTestDb, type TestDb } from "@tillbox/db/testing";
import { createRelay, defineFunction, emit, listDeliveries, retryDelivery, type RegisteredFunction } from "../src/index";
import { manualClock, orderPlaced, silentLogger } from "./helpers";

const enabled = async () => true;

describe("in-process relay: delivery, retries, skips", () => {
  let t: TestDb;
  beforeEach(async () => {
    t = await createTestDb();
  });
  afterEach(async () => {
    await t.close();
  });

  it("delivers an event to each subscribed function once and marks everything done", async () => {
    const seen: string[] = [];
    const functions: RegisteredFunction[] = [
      { fn: defineFunction({ id: "on-order", trigger: { event: "order.placed" } }, async ({ event }) => void seen.push(`on-order:${event.name}`)) },
      { fn: defineFunction({ id: "on-all", trigger: { event: "*" } }, async ({ event }) => void seen.push(`on-all:${event.name}`)) },
      { fn: defineFunction({ id: "on-other", trigger: { event: "plugin.enabled" } }, async () => void seen.push("on-other")) },
    ];
    const relay = createRelay({ db: t.db, functions, isPluginEnabled: enabled, logger: silentLogger });
    const { id } = await emit(t.db, orderPlaced, { orderId: "o-1", amount: 100 });

    expect(await relay.tick()).toEqual({ dispatched: 1, succeeded: 2, retried: 0, failed: 0, skipped: 0 });
    expect(seen.sort()).toEqual(["on-all:order.placed", "on-order:order.placed"]);
    expect((await t.db.outboxEvent.findUniqueOrThrow({ where: { id } })).status).toBe("dispatched");
    const deliveries = await listDeliveries(t.db, { eventId: id });
    expect(deliveries.map((d) => [d.functionId, d.status, d.attempts]).sort()).toEqual([
      ["on-all", "succeeded", 1],
      ["on-order", "succeeded", 1],
    ]);

    expect(await relay.tick()).toEqual({ dispatched: 0, succeeded: 0, retried: 0, failed: 0, skipped: 0 });
    expect(seen).toHaveLength(2);
  });

  it("passes event, tenant and a zero-based attempt to the handler", async () => {
    const received: unknown[] = [];
    const fn = defineFunction<{ orderId: string }>({ id: "capture", trigger: { event: "order.placed" } }, async (ctx) => {
      received.push({ id: ctx.event.id, data: ctx.event.data, tenantId: ctx.event.tenantId, attempt: ctx.attempt });
    });
    const relay = createRelay({ db: t.db, functions: [{ fn }], isPluginEnabled: enabled, logger: silentLogger });
    const { id } = await emit(t.db, orderPlaced, { orderId: "o-9", amount: 5 });
    await relay.tick();
    expect(received).toEqual([{ id, data: { orderId: "o-9", amount: 5 }, tenantId: "default", attempt: 0 }]);
  });

  it("retries a throwing handler with backoff and keeps it as failed with its error after the last attempt", async () => {
    const clock = manualClock();
    const attempts: number[] = [];
    const fn = defineFunction({ id: "flaky", trigger: { event: "order.placed" }, retries: 2 }, async ({ attempt }) => {
      attempts.push(attempt);
      throw new Error(`card declined (attempt ${attempt})`);
    });
    const backoffCalls: number[] = [];
    const relay = createRelay({
      db: t.db,
      functions: [{ fn }],
      isPluginEnabled: enabled,
      now: clock.now,
      backoffMs: (attempt) => {
        backoffCalls.push(attempt);
        return attempt * 10_000;
      },
      logger: silentLogger,
    });
    const { id } = await emit(t.db, orderPlaced, { orderId: "o-1", amount: 100 });

    expect(await relay.tick()).toMatchObject({ dispatched: 1, retried: 1 });
    let [delivery] = await listDeliveries(t.db, { eventId: id });
    expect(delivery).toMatchObject({ status: "pending", attempts: 1, maxAttempts: 3, lastError: "Error: card declined (attempt 0)" });
    expect(delivery!.nextAttemptAt.getTime()).toBe(clock.now().getTime() + 10_000);

    clock.advance(9_999);
    expect(await relay.tick()).toMatchObject({ retried: 0, failed: 0 }); // not due yet
    clock.advance(1);
    expect(await relay.tick()).toMatchObject({ retried: 1 });
    [delivery] = await listDeliveries(t.db, { eventId: id });
    expect(delivery!.nextAttemptAt.getTime()).toBe(clock.now().getTime() + 20_000);

    clock.advance(20_000);
    expect(await relay.tick()).toMatchObject({ failed: 1, retried: 0 });
    expect(attempts).toEqual([0, 1, 2]);
    expect(backoffCalls).toEqual([1, 2]);

    const failed = await listDeliveries(t.db, { status: "failed" });
    expect(failed).toHaveLength(1);
    expect(failed[0]).toMatchObject({ functionId: "flaky", status: "failed", attempts: 3, lastError: "Error: card declined (attempt 2)" });
    expect(failed[0]!.event.name).toBe("order.placed");

    clock.advance(24 * 3_600_000);
    expect(await relay.tick()).toMatchObject({ failed: 0, retried: 0 });
    expect(attempts).toHaveLength(3); // kept as failed, never run again on its own
  });

  it("retryDelivery gives a failed delivery a fresh run", async () => {
    let shouldFail = true;
    const fn = defineFunction({ id: "once-broken", trigger: { event: "order.placed" }, retries: 0 }, async () => {
      if (shouldFail) throw new Error("downstream down");
    });
    const relay = createRelay({ db: t.db, functions: [{ fn }], isPluginEnabled: enabled, logger: silentLogger });
    await emit(t.db, orderPlaced, { orderId: "o-1", amount: 100 });
    expect(await relay.tick()).toMatchObject({ failed: 1 });
    const [failed] = await listDeliveries(t.db, { status: "failed" });

    await expect(retryDelivery(t.db, "00000000-0000-4000-8000-000000000000")).rejects.toMatchObject({ code: "NOT_FOUND" });
    const reset = await retryDelivery(t.db, failed!.id);
    expect(reset).toMatchObject({ status: "pending", attempts: 0 });
    await expect(retryDelivery(t.db, failed!.id)).rejects.toMatchObject({ code: "NOT_FAILED" });

    shouldFail = false;
    expect(await relay.tick()).toMatchObject({ succeeded: 1 });
    expect((await listDeliveries(t.db, { eventId: failed!.eventId }))[0]!.status).toBe("succeeded");
  });

  it("skips a disabled plugin's function without running it, and still runs core functions", async () => {
    const ran: string[] = [];
    const functions: RegisteredFunction[] = [
      { plugin: "webhooks", fn: defineFunction({ id: "fan-out", trigger: { event: "*" } }, async () => void ran.push("webhooks")) },
      { fn: defineFunction({ id: "core-audit", trigger: { event: "*" } }, async () => void ran.push("core")) },
    ];
    const relay = createRelay({ db: t.db, functions, isPluginEnabled: async (slug) => slug !== "webhooks", logger: silentLogger });
    const { id } = await emit(t.db, orderPlaced, { orderId: "o-1", amount: 100 });
    expect(await relay.tick()).toMatchObject({ succeeded: 1, skipped: 1 });
    expect(ran).toEqual(["core"]);
    const skipped = (await listDeliveries(t.db, { eventId: id })).find((d) => d.functionId === "webhooks-fan-out");
    expect(skipped).toMatchObject({ status: "skipped", attempts: 0 });
  });

  it("does not re-run completed steps when a handler is retried", async () => {
    const clock = manualClock();
    const charged: string[] = [];
    let failEmail = true;
    const fn = defineFunction({ id: "checkout", trigger: { event: "order.placed" } }, async ({ step, event }) => {
      const receipt = await step.run("charge", () => {
        charged.push((event.data as { orderId: string }).orderId);
        return { receiptId: `r-${charged.length}` };
      });
      await step.run("email", () => {
        if (failEmail) throw new Error("smtp timeout");
      });
      return receipt;
    });
    const relay = createRelay({ db: t.db, functions: [{ fn }], isPluginEnabled: enabled, now: clock.now, backoffMs: () => 1_000, logger: silentLogger });
    const { id } = await emit(t.db, orderPlaced, { orderId: "o-7", amount: 100 });

    expect(await relay.tick()).toMatchObject({ retried: 1 });
    const [afterFirst] = await t.db.eventDelivery.findMany({ where: { eventId: id } });
    expect(afterFirst!.steps).toEqual({ charge: { value: { receiptId: "r-1" } } });

    failEmail = false;
    clock.advance(1_000);
    expect(await relay.tick()).toMatchObject({ succeeded: 1 });
    expect(charged).toEqual(["o-7"]);
  });
});
