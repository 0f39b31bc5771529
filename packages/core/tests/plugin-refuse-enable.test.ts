import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createTestDb, type TestDb } from "@tillbox/db/testing";
import { createPluginService, type InstalledPlugin, type PaymentProvider } from "../src";

const origin = { tenantId: "default", actorId: "tester" };
let hookRuns = 0;

/** A provider plugin that, like the payments sandbox, refuses production. */
const sandboxLike: InstalledPlugin = {
  slug: "fake-sandbox",
  name: "Fake sandbox",
  version: "1.0.0",
  description: "test cards",
  paymentProvider: {
    key: "fake-sandbox",
    create: () => ({ key: "fake-sandbox" }) as PaymentProvider,
    refuseEnable: ({ nodeEnv }) => (nodeEnv === "production" ? "Test cards cannot be enabled in production." : null),
  },
  hooks: { onEnable: () => void (hookRuns += 1) },
};
const plain: InstalledPlugin = { slug: "plain", name: "Plain", version: "1.0.0", description: "no provider" };

let test: TestDb;
const nodeEnv = process.env.NODE_ENV;
beforeEach(async () => {
  hookRuns = 0;
  test = await createTestDb();
});
afterEach(async () => {
  process.env.NODE_ENV = nodeEnv;
  await test.close();
});

describe("plugin runtime: a payment provider's refuseEnable", () => {
  it("in production, boot does not enable it: error with the reason, the hook never runs, other plugins enable", async () => {
    process.env.NODE_ENV = "production";
    const service = createPluginService(test.db, [plain, sandboxLike]);
    expect(await service.boot(origin)).toEqual({ discovered: ["plain", "fake-sandbox"], failed: ["fake-sandbox"] });
    expect(await service.info("fake-sandbox")).toMatchObject({ status: "error", error: "Test cards cannot be enabled in production." });
    expect(await service.isEnabled("plain")).toBe(true);
    expect(hookRuns).toBe(0);
    const audit = await test.db.auditLog.findFirstOrThrow({ where: { action: "plugin.enable", targetId: "fake-sandbox" } });
    expect(audit.data).toEqual({ status: "error", error: "Test cards cannot be enabled in production." });
  });

  it("a manual enable in production is refused with PLUGIN_ENABLE_REFUSED naming the plugin and the reason", async () => {
    const service = createPluginService(test.db, [sandboxLike]);
    await service.boot(origin);
    await service.disable("fake-sandbox", origin);
    process.env.NODE_ENV = "production";
    await expect(service.enable("fake-sandbox", origin)).rejects.toMatchObject({
      code: "PLUGIN_ENABLE_REFUSED",
      status: "PRECONDITION_FAILED",
      message: 'Cannot enable "fake-sandbox": Test cards cannot be enabled in production.',
    });
    expect(await service.isEnabled("fake-sandbox")).toBe(false);
    expect(hookRuns).toBe(1);
  });

  it("outside production it enables normally", async () => {
    process.env.NODE_ENV = "development";
    const service = createPluginService(test.db, [sandboxLike]);
    expect((await service.boot(origin)).failed).toEqual([]);
    expect(await service.info("fake-sandbox")).toMatchObject({ status: "enabled", error: null });
    expect(hookRuns).toBe(1);
  });
});
