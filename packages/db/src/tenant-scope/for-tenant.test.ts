import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDb, type TestDb } from "../testing";
import { forTenant, tenantScopedModels, TenantScopeError, withoutTenantScope } from "./index";

let test: TestDb;
const ids = { userA: "", userB: "", roleA: "" };

beforeAll(async () => {
  test = await createTestDb();
  const { db } = test;
  await db.tenant.createMany({
    data: [
      { id: "a", slug: "a", name: "A" },
      { id: "b", slug: "b", name: "B" },
    ],
  });
  ids.userA = (await db.user.create({ data: { tenantId: "a", email: "ann@a.test", name: "Ann" } })).id;
  ids.userB = (await db.user.create({ data: { tenantId: "b", email: "bob@b.test", name: "Bob" } })).id;
  ids.roleA = (await db.role.create({ data: { tenantId: "a", key: "admin", name: "Admin", scopes: ["users:read"] } })).id;
  await db.userRole.create({ data: { tenantId: "a", userId: ids.userA, roleId: ids.roleA } });
  await db.pluginState.create({ data: { slug: "probe", version: "1.0.0" } });
});
afterAll(() => test.close());

const userA = () => test.db.user.findUniqueOrThrow({ where: { id: ids.userA } });

describe("the tenant-scoped model list", () => {
  it("is derived from the generated client: core, identity and plugin tables, not platform tables", () => {
    for (const model of ["User", "Role", "UserRole", "AuditLog", "OutboxEvent", "TenantRoute", "WebhookEndpoint"]) {
      expect(tenantScopedModels.has(model), model).toBe(true);
    }
    for (const model of ["PluginState", "EventDelivery", "Tenant"]) expect(tenantScopedModels.has(model), model).toBe(false);
  });
});

describe("forTenant reads", () => {
  it("lists, counts, aggregates and groups only the tenant's rows", async () => {
    const b = forTenant(test.db, "b");
    expect((await b.user.findMany()).map((user) => user.email)).toEqual(["bob@b.test"]);
    expect(await b.user.count()).toBe(1);
    expect((await b.user.aggregate({ _count: { _all: true } }))._count._all).toBe(1);
    expect(await b.user.groupBy({ by: ["tenantId"], _count: { _all: true } })).toEqual([{ tenantId: "b", _count: { _all: 1 } }]);
    expect(await b.userRole.findMany()).toEqual([]);
  });

  it("does not find another tenant's row by id, by compound key, or by an explicit tenantId", async () => {
    const b = forTenant(test.db, "b");
    expect(await b.user.findUnique({ where: { id: ids.userA } })).toBeNull();
    expect(await b.user.findUnique({ where: { tenantId_email: { tenantId: "a", email: "ann@a.test" } } })).toBeNull();
    expect(await b.user.findFirst({ where: { tenantId: "a" } })).toBeNull();
    expect(await b.user.findFirst({ where: { OR: [{ tenantId: "a" }, { email: "ann@a.test" }] } })).toBeNull();
    await expect(b.user.findUniqueOrThrow({ where: { id: ids.userA } })).rejects.toThrow();
    // Control: the owner sees it.
    expect((await forTenant(test.db, "a").user.findUnique({ where: { id: ids.userA } }))?.email).toBe("ann@a.test");
  });

  it("shows only its own tenant row and leaves platform tables alone", async () => {
    const b = forTenant(test.db, "b");
    expect((await b.tenant.findMany()).map((tenant) => tenant.id)).toEqual(["b"]);
    expect(await b.tenant.findUnique({ where: { id: "a" } })).toBeNull();
    expect((await b.pluginState.findMany()).map((row) => row.slug)).toContain("probe");
  });
});

describe("forTenant writes", () => {
  it("can't update or delete another tenant's row by id, and leaves it unchanged", async () => {
    const b = forTenant(test.db, "b");
    await expect(b.user.update({ where: { id: ids.userA }, data: { name: "Hacked" } })).rejects.toThrow();
    await expect(b.user.delete({ where: { id: ids.userA } })).rejects.toThrow();
    await expect(b.role.delete({ where: { id: ids.roleA } })).rejects.toThrow();
    expect(await b.user.updateMany({ data: { name: "Renamed" } })).toEqual({ count: 1 });
    expect(await b.userRole.deleteMany({})).toEqual({ count: 0 });
    expect((await userA()).name).toBe("Ann");
    expect(await test.db.userRole.count({ where: { tenantId: "a" } })).toBe(1);
  });

  it("upsert by another tenant's id never touches that row", async () => {
    const b = forTenant(test.db, "b");
    await expect(
      b.user.upsert({ where: { id: ids.userA }, update: { name: "Hacked" }, create: { id: ids.userA, tenantId: "b", email: "x@b.test" } }),
    ).rejects.toThrow();
    expect((await userA()).name).toBe("Ann");
  });

  it("stamps creates with the tenant and refuses a different explicit tenantId", async () => {
    const b = forTenant(test.db, "b");
    const created = await b.auditLog.create({ data: { action: "probe", targetType: "test" } as never });
    expect(created.tenantId).toBe("b");
    await expect(b.user.create({ data: { tenantId: "a", email: "evil@a.test" } })).rejects.toThrow(TenantScopeError);
    await expect(
      b.user.createMany({
        data: [
          { tenantId: "b", email: "ok@b.test" },
          { tenantId: "a", email: "evil@a.test" },
        ],
      }),
    ).rejects.toThrow(/does not match/);
    await expect(b.user.create({ data: { email: "evil@a.test", tenant: { connect: { id: "a" } } } })).rejects.toThrow(TenantScopeError);
    await expect(b.tenant.create({ data: { id: "c", slug: "c", name: "C" } })).rejects.toThrow(TenantScopeError);
    expect(await test.db.user.count({ where: { email: "evil@a.test" } })).toBe(0);
    expect(await test.db.user.count({ where: { email: "ok@b.test" } })).toBe(0);
  });

  it("refuses to move its rows to another tenant", async () => {
    const b = forTenant(test.db, "b");
    await expect(b.user.update({ where: { id: ids.userB }, data: { tenantId: "a" } })).rejects.toThrow(TenantScopeError);
    await expect(b.user.updateMany({ data: { tenantId: "a" } })).rejects.toThrow(TenantScopeError);
    expect((await test.db.user.findUniqueOrThrow({ where: { id: ids.userB } })).tenantId).toBe("b");
  });
});

describe("forTenant in transactions and layering", () => {
  it("stays scoped in interactive and batch transactions", async () => {
    const b = forTenant(test.db, "b");
    const seen = await b.$transaction(async (tx) => {
      await expect(tx.user.update({ where: { id: ids.userA }, data: { name: "Tx" } })).rejects.toThrow();
      const created = await tx.auditLog.create({ data: { action: "in-tx", targetType: "test" } as never });
      return { users: await tx.user.findMany(), created };
    });
    expect(seen.users.every((user) => user.tenantId === "b")).toBe(true);
    expect(seen.created.tenantId).toBe("b");
    const [users, found] = await b.$transaction([b.user.findMany(), b.user.findUnique({ where: { id: ids.userA } })]);
    expect(users.map((user) => user.tenantId)).toEqual(["b"]);
    expect(found).toBeNull();
    expect((await userA()).name).toBe("Ann");
  });

  it("reuses one client per tenant; scoping a scoped client only narrows; the base stays reachable", async () => {
    const b = forTenant(test.db, "b");
    expect(forTenant(test.db, "b")).toBe(b);
    const narrowed = forTenant(b as never, "a");
    expect(await narrowed.user.findMany()).toEqual([]);
    expect(withoutTenantScope(b)).toBe(test.db);
    expect(withoutTenantScope(test.db)).toBe(test.db);
  });
});
