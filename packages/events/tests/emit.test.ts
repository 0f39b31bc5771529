import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDb, type TestDb } from "@tillbox/db/testing";
import { coreEventCatalogue, coreEvents, emit, EventPayloadError } from "../src/index";
import { orderPlaced } from "./helpers";

describe("emit", () => {
  let t: TestDb;
  beforeAll(async () => {
    t = await createTestDb();
  });
  afterAll(async () => {
    await t.close();
  });

  it("writes a pending outbox row for the default tenant, with the parsed payload", async () => {
    const { id } = await emit(t.db, orderPlaced, { orderId: "o-1", amount: 1250 });
    const row = await t.db.outboxEvent.findUniqueOrThrow({ where: { id } });
    expect(row).toMatchObject({ name: "order.placed", tenantId: "default", status: "pending" });
    expect(row.payload).toEqual({ orderId: "o-1", amount: 1250 });
  });

  it("commits with the transaction's state change", async () => {
    const { id } = await t.db.$transaction(async (tx) => {
      await tx.pluginState.create({ data: { slug: "committed-plugin", version: "1.0.0" } });
      return emit(tx, coreEvents.pluginEnabled, { slug: "committed-plugin" });
    });
    expect(await t.db.pluginState.findUnique({ where: { slug: "committed-plugin" } })).not.toBeNull();
    expect(await t.db.outboxEvent.findUnique({ where: { id } })).not.toBeNull();
  });

  it("leaves no outbox row when the transaction rolls back", async () => {
    let emittedId: string | undefined;
    await expect(
      t.db.$transaction(async (tx) => {
        await tx.pluginState.create({ data: { slug: "rolled-back", version: "1.0.0" } });
        emittedId = (await emit(tx, coreEvents.pluginEnabled, { slug: "rolled-back" })).id;
        throw new Error("business rule failed after emit");
      }),
    ).rejects.toThrow("business rule failed after emit");
    expect(emittedId).toBeDefined();
    expect(await t.db.outboxEvent.findUnique({ where: { id: emittedId! } })).toBeNull();
    expect(await t.db.pluginState.findUnique({ where: { slug: "rolled-back" } })).toBeNull();
  });

  it("rejects an invalid payload naming the field, and writes nothing", async () => {
    const before = await t.db.outboxEvent.count();
    const attempt = emit(t.db, orderPlaced, { orderId: "o-2", amount: "12.50" as unknown as number });
    await expect(attempt).rejects.toBeInstanceOf(EventPayloadError);
    await expect(attempt).rejects.toThrow(/order\.placed.*data\.amount/);
    await expect(attempt).rejects.toMatchObject({ fields: ["data.amount"] });
    expect(await t.db.outboxEvent.count()).toBe(before);
  });

  it("records the tenant it is given", async () => {
    await t.db.tenant.create({ data: { id: "acme", slug: "acme", name: "Acme" } });
    const { id } = await emit(t.db, orderPlaced, { orderId: "o-3", amount: 0 }, { tenantId: "acme" });
    expect((await t.db.outboxEvent.findUniqueOrThrow({ where: { id } })).tenantId).toBe("acme");
  });

  it("catalogues the core plugin events", () => {
    const names = coreEventCatalogue.map((event) => event.name).sort();
    expect(names.filter((name) => name.startsWith("plugin."))).toEqual(["plugin.disabled", "plugin.enabled", "plugin.failed", "plugin.settings_updated"]);
    expect(names).toEqual(
      expect.arrayContaining([
        "security.account.locked",
        "security.login.failed",
        "user.deleted",
        "user.email_changed",
        "user.email_verified",
        "user.password_changed",
        "user.signed_up",
      ]),
    );
    expect(coreEvents.pluginFailed.schema.safeParse({ slug: "x" }).success).toBe(false);
  });
});
