import { createTestCaller, createTestContext, createTestDb, setPluginState, type TestDb } from "@tillbox/plugin-sdk/testing";
import { webhooksRouter } from "../../server/router";

/** A migrated database with the webhooks plugin enabled, and a caller per tenant. */
export async function setupWebhooks() {
  const testDb: TestDb = await createTestDb();
  const { db } = testDb;
  await db.tenant.create({ data: { id: "other", slug: "other", name: "Other tenant" } });
  await setPluginState(db, "webhooks", true);
  let enabled = true;
  const callerFor = (tenantId = "default", permissions: "all" | string[] = "all") =>
    createTestCaller(webhooksRouter, createTestContext({ db, tenantId, permissions, enabled: () => enabled }));
  return {
    db,
    caller: callerFor(),
    callerFor,
    callerWithCatalogue: (eventCatalogue: { name: string; description: string }[]) =>
      createTestCaller(webhooksRouter, createTestContext({ db, eventCatalogue, enabled: () => enabled })),
    /** Flips the switch both ways the host exposes it: the request gate and plugin_state. */
    async setEnabled(value: boolean) {
      enabled = value;
      await setPluginState(db, "webhooks", value);
    },
    close: () => testDb.close(),
  };
}

export type WebhooksSetup = Awaited<ReturnType<typeof setupWebhooks>>;
