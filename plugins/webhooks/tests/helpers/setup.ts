import { createTestCaller, createTestContext, createTestDb, setPluginState, type TestDb } from "@tillbox/plugin-sdk/testing";
import { webhooksRouter } from "../../server/router";
import { defaultWebhooksSettings, type WebhooksSettings } from "../../server/settings";

/** A migrated database with the webhooks plugin enabled, and a caller per tenant. */
export async function setupWebhooks() {
  const testDb: TestDb = await createTestDb();
  const { db } = testDb;
  await db.tenant.create({ data: { id: "other", slug: "other", name: "Other tenant" } });
  await setPluginState(db, "webhooks", true);
  let enabled = true;
  let settings: Partial<WebhooksSettings> = {};
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
      await setPluginState(db, "webhooks", value, settings);
    },
    /** Stores plugin settings as the admin would; returns the full settings the plugin then reads. */
    async setSettings(values: Partial<WebhooksSettings>): Promise<WebhooksSettings> {
      settings = { ...settings, ...values };
      await setPluginState(db, "webhooks", enabled, settings);
      return { ...defaultWebhooksSettings, ...settings };
    },
    close: () => testDb.close(),
  };
}

export type WebhooksSetup = Awaited<ReturnType<typeof setupWebhooks>>;
