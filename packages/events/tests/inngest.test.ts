import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { InngestTestEngine } from "@inngest/test";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { createTestDb, type TestDb } from "@tillbox/db/testing";
import { createInngestClient, createRelay, defineFunction, emit, inngestServeHandlers, toInngestFunctions, type RegisteredFunction } from "../src/index";
import { orderPlaced, silentLogger } from "./helpers";

interface SentEvent {
  id: string;
  name: string;
  data: unknown;
  ts: number;
}

/** Stands in for Inngest's event API: records every POST /e/<key>, fails while `failing` > 0. */
function fakeInngest() {
  const requests: { path: string; events: SentEvent[] }[] = [];
  const state = { failing: 0 };
  const server: Server = createServer((request, response) => {
    let body = "";
    request.on("data", (chunk: Buffer) => (body += chunk.toString()));
    request.on("end", () => {
      const events = JSON.parse(body) as SentEvent[];
      requests.push({ path: request.url ?? "", events });
      response.setHeader("content-type", "application/json");
      if (state.failing > 0) {
        state.failing -= 1;
        response.statusCode = 500;
        response.end(JSON.stringify({ status: 500, error: "event store unavailable" }));
        return;
      }
      response.end(JSON.stringify({ status: 200, ids: events.map((event) => event.id) }));
    });
  });
  return {
    requests,
    state,
    async listen(): Promise<string> {
      await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
      return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

describe("Inngest transport", () => {
  const fake = fakeInngest();
  let baseUrl: string;
  let t: TestDb;
  beforeAll(async () => {
    baseUrl = await fake.listen();
  });
  afterAll(async () => {
    await fake.close();
  });
  beforeEach(async () => {
    t = await createTestDb();
    fake.requests.length = 0;
    fake.state.failing = 0;
  });
  afterEach(async () => {
    await t.close();
  });

  it("sends pending rows with the outbox id as event id and marks them dispatched", async () => {
    const inngest = createInngestClient({ INNGEST_BASE_URL: baseUrl, INNGEST_EVENT_KEY: "test-key" });
    const ran: string[] = [];
    const fn = defineFunction({ id: "local", trigger: { event: "*" } }, async () => void ran.push("local"));
    const relay = createRelay({ db: t.db, functions: [{ fn }], isPluginEnabled: async () => true, inngest, logger: silentLogger });
    const { id } = await emit(t.db, orderPlaced, { orderId: "o-1", amount: 990 });

    expect(await relay.tick()).toEqual({ dispatched: 1, succeeded: 0, retried: 0, failed: 0, skipped: 0 });
    expect(fake.requests).toHaveLength(1);
    expect(fake.requests[0]!.path).toBe("/e/test-key");
    const [sent] = fake.requests[0]!.events;
    const row = await t.db.outboxEvent.findUniqueOrThrow({ where: { id } });
    expect(sent).toMatchObject({ id, name: "tillbox/order.placed", data: { orderId: "o-1", amount: 990 }, ts: row.createdAt.getTime() });
    expect(row).toMatchObject({ status: "dispatched", lastError: null });
    // Inngest runs the functions: nothing runs in-process, no delivery rows are made.
    expect(ran).toEqual([]);
    expect(await t.db.eventDelivery.count()).toBe(0);

    expect(await relay.tick()).toMatchObject({ dispatched: 0 });
    expect(fake.requests).toHaveLength(1);
  });

  it("leaves rows pending with the error when sending fails, and resends them with the same id", async () => {
    const inngest = createInngestClient({ INNGEST_BASE_URL: baseUrl });
    const relay = createRelay({ db: t.db, functions: [], isPluginEnabled: async () => true, inngest, logger: silentLogger });
    const { id } = await emit(t.db, orderPlaced, { orderId: "o-2", amount: 1 });
    fake.state.failing = 100;

    expect(await relay.tick()).toMatchObject({ dispatched: 0 });
    const pending = await t.db.outboxEvent.findUniqueOrThrow({ where: { id } });
    expect(pending.status).toBe("pending");
    expect(pending.lastError).toMatch(/event store unavailable/);

    fake.state.failing = 0;
    expect(await relay.tick()).toMatchObject({ dispatched: 1 });
    expect((await t.db.outboxEvent.findUniqueOrThrow({ where: { id } })).status).toBe("dispatched");
    const sentIds = fake.requests.flatMap((request) => request.events.map((event) => event.id));
    expect(sentIds.length).toBeGreaterThan(1);
    expect(new Set(sentIds)).toEqual(new Set([id])); // every resend carries the outbox id, so Inngest dedupes
  }, 30_000);

  it("turns Tillbox functions into Inngest functions with the same id, trigger and retries", () => {
    const inngest = createInngestClient({ INNGEST_BASE_URL: baseUrl });
    const functions: RegisteredFunction[] = [
      { plugin: "webhooks", fn: defineFunction({ id: "fan-out", trigger: { event: "*" }, retries: 7 }, async () => {}) },
      { fn: defineFunction({ id: "on-order", trigger: { event: "order.placed" } }, async () => {}) },
      { fn: defineFunction({ id: "nightly", trigger: { cron: "0 3 * * *" }, retries: 0 }, async () => {}) },
    ];
    const configs = toInngestFunctions(
      inngest,
      functions,
      async () => true,
      () => t.db,
    ).map((fn) => fn["getConfig"]({ baseUrl: new URL("http://localhost:3000/api/inngest"), appPrefix: "tillbox", isConnect: false })[0]!);
    expect(configs.map((config) => ({ id: config.id, triggers: config.triggers, retries: config.steps.step?.retries }))).toEqual([
      { id: "tillbox-webhooks-fan-out", triggers: [{ event: "tillbox/*" }], retries: { attempts: 7 } },
      { id: "tillbox-on-order", triggers: [{ event: "tillbox/order.placed" }], retries: { attempts: 4 } },
      { id: "tillbox-nightly", triggers: [{ cron: "0 3 * * *" }], retries: { attempts: 0 } },
    ]);
  });

  it("runs the wrapped handler under Inngest with Inngest's step.run and the outbox tenant", async () => {
    const inngest = createInngestClient({ INNGEST_BASE_URL: baseUrl });
    await t.db.tenant.create({ data: { id: "acme", slug: "acme", name: "Acme" } });
    const { id } = await emit(t.db, orderPlaced, { orderId: "o-3", amount: 7 }, { tenantId: "acme" });
    const fn = defineFunction<{ orderId: string }>({ id: "receipt", trigger: { event: "order.placed" } }, async ({ event, step }) => {
      const receipt = await step.run("make-receipt", () => `receipt-for-${event.data.orderId}`);
      return { receipt, eventId: event.id, name: event.name, tenantId: event.tenantId };
    });
    const [inngestFn] = toInngestFunctions(
      inngest,
      [{ fn }],
      async () => true,
      () => t.db,
    );
    const engine = new InngestTestEngine({
      function: inngestFn!,
      events: [{ id, name: "tillbox/order.placed", data: { orderId: "o-3", amount: 7 } }],
    });
    const { result, ctx } = await engine.execute();
    expect(result).toEqual({ receipt: "receipt-for-o-3", eventId: id, name: "order.placed", tenantId: "acme" });
    expect(ctx.step.run).toHaveBeenCalledWith("make-receipt", expect.any(Function));
  });

  it("skips a disabled plugin's function under Inngest too", async () => {
    const inngest = createInngestClient({ INNGEST_BASE_URL: baseUrl });
    let ran = false;
    const fn = defineFunction({ id: "fan-out", trigger: { event: "*" } }, async () => {
      ran = true;
    });
    const [inngestFn] = toInngestFunctions(
      inngest,
      [{ plugin: "webhooks", fn }],
      async () => false,
      () => t.db,
    );
    const engine = new InngestTestEngine({
      function: inngestFn!,
      events: [{ id: "00000000-0000-4000-8000-000000000001", name: "tillbox/order.placed", data: {} }],
    });
    const { result } = await engine.execute();
    expect(result).toMatchObject({ skipped: true });
    expect(ran).toBe(false);
  });

  it("serves the functions for Next.js route handlers", async () => {
    const fn = defineFunction({ id: "on-order", trigger: { event: "order.placed" } }, async () => {});
    const handlers = inngestServeHandlers({
      functions: [{ fn }],
      isPluginEnabled: async () => true,
      getDb: () => t.db,
      client: createInngestClient({ INNGEST_BASE_URL: baseUrl }),
    });
    expect(Object.keys(handlers).sort()).toEqual(["GET", "POST", "PUT"]);
    const response = await handlers.GET(new Request("http://localhost:3000/api/inngest") as never, undefined);
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({ function_count: 1, mode: "dev" });
  });

  it("never runs in dev mode in production: an unsigned call to /api/inngest runs nothing", async () => {
    let ran = false;
    const fn = defineFunction({ id: "on-order", trigger: { event: "order.placed" } }, async () => {
      ran = true;
    });
    // A base URL alone (and even INNGEST_DEV) used to mean dev mode, which checks no signature.
    const env = {
      NODE_ENV: "production",
      INNGEST_BASE_URL: baseUrl,
      INNGEST_DEV: "1",
      INNGEST_EVENT_KEY: "evt-9f2c4e1a",
      INNGEST_SIGNING_KEY: `signkey-prod-${"ab".repeat(32)}`,
    };
    const client = createInngestClient(env);
    expect(client.mode).toBe("cloud");
    expect(createInngestClient({ NODE_ENV: "production", INNGEST_BASE_URL: baseUrl }).mode).toBe("cloud");
    const handlers = inngestServeHandlers({ functions: [{ fn }], isPluginEnabled: async () => true, getDb: () => t.db, client });
    const call = new Request("http://localhost:3000/api/inngest?fnId=tillbox-on-order&stepId=step", {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({
        event: { name: "tillbox/order.placed", data: { orderId: "o-9", amount: 1 } },
        events: [],
        steps: {},
        ctx: { run_id: "r1", attempt: 0, stack: { stack: [] } },
      }),
    });
    const response = await handlers.POST(call as never, undefined);
    expect(response.status).toBeGreaterThanOrEqual(400);
    expect(ran).toBe(false);
  });
});
