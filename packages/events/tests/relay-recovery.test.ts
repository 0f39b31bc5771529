import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createTestDb, type TestDb } from "@tillbox/db/testing";
import { createRelay, defineFunction, emit } from "../src/index";
import { manualClock, orderPlaced, silentLogger } from "./helpers";

const enabled = async () => true;

describe("in-process relay: restarts, leases, crons", () => {
  let t: TestDb;
  beforeEach(async () => {
    t = await createTestDb();
  });
  afterEach(async () => {
    await t.close();
  });

  it("delivers on restart an event whose process died before the relay ran", async () => {
    const delivered: string[] = [];
    const fn = defineFunction({ id: "after-restart", trigger: { event: "order.placed" } }, async ({ event }) => void delivered.push(event.id));
    const functions = [{ fn }];
    // The first process: commits the event, has a relay, and is gone before any tick.
    const firstRelay = createRelay({ db: t.db, functions, isPluginEnabled: enabled, logger: silentLogger });
    const { id } = await t.db.$transaction((tx) => emit(tx, orderPlaced, { orderId: "o-1", amount: 1 }));
    await firstRelay.stop();

    const restarted = createRelay({ db: t.db, functions, isPluginEnabled: enabled, logger: silentLogger });
    expect(await restarted.tick()).toMatchObject({ dispatched: 1, succeeded: 1 });
    expect(await restarted.tick()).toMatchObject({ dispatched: 0, succeeded: 0 });
    expect(delivered).toEqual([id]);
  });

  it("retries a delivery whose relay died mid-run once its lease has passed", async () => {
    const clock = manualClock();
    const runs: number[] = [];
    let hang = true;
    const fn = defineFunction({ id: "slow", trigger: { event: "order.placed" } }, async ({ attempt }) => {
      runs.push(attempt);
      if (hang) await new Promise(() => {}); // the process "dies" here: the run never finishes
    });
    const options = { db: t.db, functions: [{ fn }], isPluginEnabled: enabled, now: clock.now, leaseMs: 60_000, logger: silentLogger };
    const dying = createRelay(options);
    await emit(t.db, orderPlaced, { orderId: "o-1", amount: 1 });
    void dying.tick();
    await expect.poll(() => runs.length).toBe(1);

    hang = false;
    const survivor = createRelay(options);
    expect(await survivor.tick()).toMatchObject({ succeeded: 0 }); // still leased
    clock.advance(60_000);
    expect(await survivor.tick()).toMatchObject({ succeeded: 1 });
    expect(runs).toEqual([0, 1]);
  });

  it("runs a cron function once per occurrence, even with two relays", async () => {
    const clock = manualClock(new Date("2030-01-01T00:00:30.000Z"));
    const runs: { name: string; data: unknown }[] = [];
    const fn = defineFunction({ id: "every-minute", trigger: { cron: "* * * * *" } }, async ({ event }) => {
      runs.push({ name: event.name, data: event.data });
    });
    const options = { db: t.db, functions: [{ fn }], isPluginEnabled: enabled, now: clock.now, logger: silentLogger };
    const first = createRelay(options);
    const second = createRelay(options);

    await first.tick();
    expect(runs).toHaveLength(0); // no occurrence since start
    clock.advance(30_000); // 00:01:00
    await first.tick();
    await second.tick();
    clock.advance(10_000);
    await first.tick();
    await second.tick();
    expect(runs).toEqual([{ name: "inngest/scheduled.timer", data: { cron: "* * * * *" } }]);

    clock.advance(60_000); // 00:02:10
    await second.tick();
    await first.tick();
    expect(runs).toHaveLength(2);
  });

  it("refuses a bad cron expression and duplicate function ids at startup", () => {
    const bad = defineFunction({ id: "bad", trigger: { cron: "every tuesday" } }, async () => {});
    expect(() => createRelay({ db: t.db, functions: [{ fn: bad }], isPluginEnabled: enabled })).toThrow(/"bad": invalid cron/);
    const a = defineFunction({ id: "same", trigger: { event: "*" } }, async () => {});
    expect(() => createRelay({ db: t.db, functions: [{ fn: a }, { fn: a }], isPluginEnabled: enabled })).toThrow(/"same" is used twice/);
  });

  it("start() ticks on an interval and stop() waits for the running tick", async () => {
    const delivered: string[] = [];
    const fn = defineFunction({ id: "interval", trigger: { event: "order.placed" } }, async ({ event }) => void delivered.push(event.id));
    const relay = createRelay({ db: t.db, functions: [{ fn }], isPluginEnabled: enabled, logger: silentLogger });
    const { id } = await emit(t.db, orderPlaced, { orderId: "o-1", amount: 1 });
    relay.start(20);
    await expect.poll(() => delivered, { timeout: 5_000 }).toEqual([id]);
    await relay.stop();
  });
});
