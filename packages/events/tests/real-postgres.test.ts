import { spawn } from "node:child_process";
import { fileURLToPath } from "node:url";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createDb, type Db } from "@tillbox/db";
import { createTestDb, type TestDb } from "@tillbox/db/testing";
import { createRelay, defineFunction, emit, type RegisteredFunction } from "../src/index";
import { orderPlaced, silentLogger } from "./helpers";

// Several connections and several processes: only meaningful on a real server.
describe.skipIf(!process.env.DATABASE_URL)("relay on a real Postgres server", () => {
  let t: TestDb;
  const extraClients: Db[] = [];
  beforeEach(async () => {
    t = await createTestDb();
  });
  afterEach(async () => {
    await Promise.all(extraClients.splice(0).map((db) => db.$disconnect()));
    await t.close();
  });

  it("two relays ticking concurrently deliver every event to every function exactly once", async () => {
    const runs = new Map<string, number>();
    const record =
      (fnId: string) =>
      async ({ event }: { event: { id: string } }) => {
        const key = `${fnId}:${event.id}`;
        runs.set(key, (runs.get(key) ?? 0) + 1);
        await new Promise((resolve) => setTimeout(resolve, 2)); // widen the race window
      };
    const functions: RegisteredFunction[] = [
      { fn: defineFunction({ id: "first", trigger: { event: "order.placed" } }, record("first")) },
      { fn: defineFunction({ id: "second", trigger: { event: "*" } }, record("second")) },
    ];
    const events = 40;
    for (let index = 0; index < events; index += 1) {
      await emit(t.db, orderPlaced, { orderId: `o-${index}`, amount: index });
    }
    const relays = [0, 1].map(() => {
      const db = createDb({ url: t.url! });
      extraClients.push(db);
      return createRelay({ db, functions, isPluginEnabled: async () => true, batchSize: 7, logger: silentLogger });
    });

    let totals = { dispatched: 0, succeeded: 0 };
    for (let round = 0; round < 50; round += 1) {
      const results = await Promise.all(relays.map((relay) => relay.tick()));
      const work = results.reduce((sum, result) => sum + result.dispatched + result.succeeded + result.retried, 0);
      for (const result of results) {
        totals = { dispatched: totals.dispatched + result.dispatched, succeeded: totals.succeeded + result.succeeded };
      }
      if (work === 0) break;
    }

    expect(totals).toEqual({ dispatched: events, succeeded: events * 2 });
    expect(runs.size).toBe(events * 2);
    expect([...runs.values()].every((count) => count === 1)).toBe(true);
    expect(await t.db.eventDelivery.count({ where: { status: "succeeded", attempts: 1 } })).toBe(events * 2);
  });

  it("delivers, exactly once, an event whose process was SIGKILLed between commit and delivery", async () => {
    const fixture = fileURLToPath(new URL("./fixtures/emit-then-hang.ts", import.meta.url));
    const child = spawn(process.execPath, ["--import", "tsx", fixture, t.url!], { stdio: ["ignore", "pipe", "pipe"] });
    const exited = new Promise<NodeJS.Signals | null>((resolve) => child.on("exit", (_code, signal) => resolve(signal)));
    let stderr = "";
    child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
    const id = await new Promise<string>((resolve, reject) => {
      let stdout = "";
      child.stdout.on("data", (chunk: Buffer) => {
        stdout += chunk.toString();
        const match = /committed ([0-9a-f-]{36})/.exec(stdout);
        if (match) resolve(match[1]!);
      });
      child.on("exit", () => reject(new Error(`child exited before committing: ${stderr}`)));
    });
    child.kill("SIGKILL");
    expect(await exited).toBe("SIGKILL");

    expect(await t.db.outboxEvent.findUniqueOrThrow({ where: { id } })).toMatchObject({ status: "pending" });
    expect(await t.db.pluginState.findUnique({ where: { slug: "crash-test" } })).not.toBeNull();

    const delivered: string[] = [];
    const fn = defineFunction({ id: "record-order", trigger: { event: "order.placed" } }, async ({ event }) => void delivered.push(event.id));
    const relay = createRelay({ db: t.db, functions: [{ fn }], isPluginEnabled: async () => true, logger: silentLogger });
    expect(await relay.tick()).toMatchObject({ dispatched: 1, succeeded: 1 });
    expect(await relay.tick()).toMatchObject({ dispatched: 0, succeeded: 0 });
    expect(delivered).toEqual([id]);
  }, 60_000);
});
