import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { z } from "zod";
import { createTestDb, type TestDb } from "@tillbox/db/testing";
import { createPluginService, type InstalledPlugin } from "../src";

const origin = { tenantId: "default", actorId: "tester" };

function plugin(slug: string, extra: Partial<InstalledPlugin> = {}): InstalledPlugin {
  return { slug, name: slug, version: "1.0.0", description: `${slug} plugin`, ...extra };
}

let test: TestDb;
beforeEach(async () => {
  test = await createTestDb();
});
afterEach(async () => {
  await test.close();
});

describe("plugin runtime state", () => {
  it("syncs installed plugins at boot and enables the newly discovered ones in dependency order", async () => {
    const service = createPluginService(test.db, [plugin("base"), plugin("addon", { dependsOn: ["base"] })]);

    const first = await service.boot(origin);
    const second = await service.boot(origin);

    expect(first).toEqual({ discovered: ["base", "addon"], failed: [] });
    expect(second.discovered).toEqual([]);
    expect((await service.list()).map((view) => [view.slug, view.status])).toEqual([
      ["base", "enabled"],
      ["addon", "enabled"],
    ]);
  });

  it("keeps an operator's disable across reboots", async () => {
    const service = createPluginService(test.db, [plugin("solo")]);
    await service.boot(origin);
    await service.disable("solo", origin);
    await service.boot(origin);
    expect(await service.isEnabled("solo")).toBe(false);
  });

  it("refuses to disable a plugin an enabled plugin depends on, naming it", async () => {
    const service = createPluginService(test.db, [plugin("base"), plugin("addon", { dependsOn: ["base"] })]);
    await service.boot(origin);

    await expect(service.disable("base", origin)).rejects.toThrow(/"addon" depends on it/);
    await service.disable("addon", origin);
    await service.disable("base", origin);
    await expect(service.enable("addon", origin)).rejects.toThrow(/depends on "base"/);
  });

  it("marks a plugin whose enable hook throws as error with the message; others keep working", async () => {
    const broken = plugin("broken", {
      hooks: {
        onEnable: () => {
          throw new Error("license server unreachable");
        },
      },
    });
    const service = createPluginService(test.db, [plugin("fine"), broken]);

    const result = await service.boot(origin);

    expect(result.failed).toEqual(["broken"]);
    const info = await service.info("broken");
    expect(info.status).toBe("error");
    expect(info.error).toBe("license server unreachable");
    expect(await service.isEnabled("fine")).toBe(true);
  });

  it("writes the state change, its domain event and the audit entry together", async () => {
    const service = createPluginService(test.db, [plugin("solo")]);
    await service.boot(origin);
    await service.disable("solo", origin);

    const events = await test.db.outboxEvent.findMany({ where: { name: "plugin.disabled" } });
    expect(events.map((event) => event.payload)).toEqual([{ slug: "solo" }]);
    const audit = await test.db.auditLog.findMany({ where: { action: "plugin.disable" } });
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ actorId: "tester", targetType: "plugin", targetId: "solo" });
  });

  it("validates settings on every write and names the bad field", async () => {
    const settings = z.object({ timeoutMs: z.number().int().min(100).default(5000), label: z.string().default("x") });
    const service = createPluginService(test.db, [plugin("configurable", { settings })]);
    await service.boot(origin);

    expect(await service.getSettings("configurable")).toEqual({ timeoutMs: 5000, label: "x" });
    await expect(service.updateSettings("configurable", { timeoutMs: 5 }, origin)).rejects.toThrow(/settings\.timeoutMs/);
    expect(await service.getSettings("configurable")).toEqual({ timeoutMs: 5000, label: "x" });

    await service.updateSettings("configurable", { timeoutMs: 250 }, origin);
    expect(await service.getSettings("configurable")).toEqual({ timeoutMs: 250, label: "x" });
    expect((await service.info("configurable")).settingsSchema).toMatchObject({ type: "object" });
  });

  it("answers unknown slugs with PLUGIN_NOT_INSTALLED", async () => {
    const service = createPluginService(test.db, []);
    await expect(service.enable("ghost", origin)).rejects.toMatchObject({ code: "PLUGIN_NOT_INSTALLED" });
  });
});
