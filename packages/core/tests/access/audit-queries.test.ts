import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createTestDb, type TestDb } from "@tillbox/db/testing";
import { listAuditLog } from "../../src";
import { createUser, tenantId } from "./fixtures";

let t: TestDb;
beforeEach(async () => {
  t = await createTestDb();
});
afterEach(async () => {
  await t.close();
});

describe("audit log queries", () => {
  it("filters by actor, action prefix, target and date range, newest first, with actor emails", async () => {
    const admin = await createUser(t.db, [], { email: "ops@example.com" });
    await t.db.tenant.create({ data: { id: "other", slug: "other", name: "Other" } });
    const at = (minute: number) => new Date(Date.UTC(2026, 0, 1, 0, minute));
    await t.db.auditLog.createMany({
      data: [
        { tenantId, actorId: admin.id, action: "user.suspend", targetType: "user", targetId: "u1", createdAt: at(1) },
        { tenantId, actorId: admin.id, action: "user.roles.assign", targetType: "user", targetId: "u2", createdAt: at(2) },
        { tenantId, actorId: null, action: "plugin.enable", targetType: "plugin", targetId: "webhooks", createdAt: at(3) },
        { tenantId: "other", actorId: admin.id, action: "user.suspend", targetType: "user", targetId: "u1", createdAt: at(4) },
      ],
    });

    const all = await listAuditLog(t.db, tenantId);
    expect(all.items.map((entry) => entry.action)).toEqual(["plugin.enable", "user.roles.assign", "user.suspend"]);
    expect(all.items[1]).toMatchObject({ actorEmail: "ops@example.com" });
    expect(all.total).toBe(3);
    expect((await listAuditLog(t.db, tenantId, { actionPrefix: "user." })).items).toHaveLength(2);
    expect((await listAuditLog(t.db, tenantId, { actorId: admin.id, targetId: "u1" })).items.map((entry) => entry.action)).toEqual(["user.suspend"]);
    expect((await listAuditLog(t.db, tenantId, { targetType: "plugin" })).total).toBe(1);
    expect((await listAuditLog(t.db, tenantId, { from: at(2), to: at(3) })).items.map((entry) => entry.action)).toEqual(["user.roles.assign"]);
    await expect(listAuditLog(t.db, tenantId, { from: at(3), to: at(2) })).rejects.toThrow(/field: from/);
  });

  it("pages with a cursor without skipping or repeating entries of the same instant", async () => {
    const same = new Date("2026-02-01T00:00:00Z");
    await t.db.auditLog.createMany({
      data: Array.from({ length: 7 }, (_, index) => ({ tenantId, actorId: null, action: `a.${index}`, targetType: "x", createdAt: same })),
    });
    const seen: string[] = [];
    let cursor: string | undefined;
    do {
      const page = await listAuditLog(t.db, tenantId, { limit: 3, cursor });
      expect(page.total).toBe(7);
      seen.push(...page.items.map((entry) => entry.action));
      cursor = page.nextCursor ?? undefined;
    } while (cursor);
    expect(seen.sort()).toEqual(Array.from({ length: 7 }, (_, index) => `a.${index}`));
  });
});
