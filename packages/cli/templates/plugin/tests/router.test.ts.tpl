import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createRelay, createTestCaller, createTestContext, createTestDb, setPluginState, type TestDb } from "@tillbox/plugin-sdk/testing";
import itemCreatedFunction from "../functions/item-created";
import { {{camelName}}Router } from "../server/router";

let test: TestDb;
let enabled: boolean;
beforeEach(async () => {
  test = await createTestDb();
  enabled = true;
  await setPluginState(test.db, "{{slug}}", true);
  await test.db.tenant.create({ data: { id: "other", slug: "other", name: "Other tenant" } });
});
afterEach(async () => {
  await test.close();
});

function callerFor(tenantId = "default", permissions: "all" | string[] = "all") {
  return createTestCaller({{camelName}}Router, createTestContext({ db: test.db, tenantId, permissions, enabled: () => enabled }));
}

/** The host's in-process event runtime: outbox → this plugin's function. */
function relay() {
  return createRelay({
    db: test.db,
    functions: [{ plugin: "{{slug}}", fn: itemCreatedFunction }],
    isPluginEnabled: async () => enabled,
    logger: { info() {}, warn() {}, error() {} },
  });
}

describe("{{slug}} router", () => {
  it("adds an item, lists it, and its function processes it through the emitted event", async () => {
    const item = await callerFor().create({ title: "  First  " });
    expect(item).toMatchObject({ title: "First", tenantId: "default", processedAt: null });
    expect((await callerFor().list()).map((row) => row.id)).toEqual([item.id]);

    const outbox = await test.db.outboxEvent.findMany({ where: { name: "{{slug}}/item.created" } });
    expect(outbox.map((event) => event.payload)).toEqual([{ itemId: item.id, title: "First" }]);

    await relay().tick();
    const [processed] = await callerFor().list();
    expect(processed?.processedAt).toBeInstanceOf(Date);
  });

  it("rejects an empty title and saves nothing", async () => {
    await expect(callerFor().create({ title: "   " })).rejects.toMatchObject({ code: "BAD_REQUEST" });
    expect(await callerFor().list()).toEqual([]);
  });

  it("keeps tenants apart", async () => {
    await callerFor().create({ title: "Mine" });
    expect(await callerFor("other").list()).toEqual([]);
  });

  it("requires the declared permissions", async () => {
    const reader = callerFor("default", ["{{slug}}:read"]);
    expect(await reader.list()).toEqual([]);
    await expect(reader.create({ title: "Nope" })).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(callerFor("default", []).list()).rejects.toMatchObject({ code: "FORBIDDEN" });
  });

  it("refuses with PLUGIN_DISABLED while the plugin is disabled", async () => {
    enabled = false;
    await expect(callerFor().list()).rejects.toMatchObject({ code: "PRECONDITION_FAILED", cause: { code: "PLUGIN_DISABLED" } });
    await expect(callerFor().create({ title: "Later" })).rejects.toMatchObject({ code: "PRECONDITION_FAILED" });
  });
});
