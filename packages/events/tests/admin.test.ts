import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDb, type TestDb } from "@tillbox/db/testing";
import { createRelay, defineFunction, emit, listDeliveries, listEvents, retryDelivery } from "../src/index";
import { orderPlaced, silentLogger } from "./helpers";

describe("admin queries", () => {
  let t: TestDb;
  let acmeEvent: string;
  let defaultEvent: string;
  beforeAll(async () => {
    t = await createTestDb();
    await t.db.tenant.create({ data: { id: "acme", slug: "acme", name: "Acme" } });
    acmeEvent = (await emit(t.db, orderPlaced, { orderId: "a-1", amount: 1 }, { tenantId: "acme" })).id;
    defaultEvent = (await emit(t.db, orderPlaced, { orderId: "d-1", amount: 2 })).id;
    const fn = defineFunction({ id: "always-fails", trigger: { event: "order.placed" }, retries: 0 }, async ({ event }) => {
      throw new Error(`no stock for ${(event.data as { orderId: string }).orderId}`);
    });
    await createRelay({ db: t.db, functions: [{ fn }], isPluginEnabled: async () => true, logger: silentLogger }).tick();
  });
  afterAll(async () => {
    await t.close();
  });

  it("lists events with their deliveries, scoped to a tenant when asked", async () => {
    const all = await listEvents(t.db);
    expect(all.map((event) => event.id).sort()).toEqual([defaultEvent, acmeEvent].sort());
    const acme = await listEvents(t.db, { tenantId: "acme" });
    expect(acme).toHaveLength(1);
    expect(acme[0]).toMatchObject({ id: acmeEvent, name: "order.placed", status: "dispatched", payload: { orderId: "a-1", amount: 1 } });
    expect(acme[0]!.deliveries).toEqual([
      expect.objectContaining({ functionId: "always-fails", status: "failed", attempts: 1, lastError: "Error: no stock for a-1" }),
    ]);
    expect(await listEvents(t.db, { name: "plugin.enabled" })).toEqual([]);
  });

  it("shows failed deliveries with their error, per tenant", async () => {
    const failed = await listDeliveries(t.db, { status: "failed" });
    expect(failed.map((delivery) => delivery.lastError).sort()).toEqual(["Error: no stock for a-1", "Error: no stock for d-1"]);
    const acme = await listDeliveries(t.db, { status: "failed", tenantId: "acme" });
    expect(acme.map((delivery) => delivery.eventId)).toEqual([acmeEvent]);
    expect(await listDeliveries(t.db, { status: "succeeded" })).toEqual([]);
  });

  it("does not retry another tenant's delivery", async () => {
    const [acmeDelivery] = await listDeliveries(t.db, { tenantId: "acme" });
    await expect(retryDelivery(t.db, acmeDelivery!.id, { tenantId: "default" })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(retryDelivery(t.db, "not-a-uuid")).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect(await retryDelivery(t.db, acmeDelivery!.id, { tenantId: "acme" })).toMatchObject({ status: "pending", attempts: 0 });
  });
});
