import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createTestDb, type TestDb } from "@tillbox/db/testing";
import { assignRoles, getUserDetail, listUsers, resolvePermissions, suspendUser, unsuspendUser, updateUser } from "../../src";
import { actor, createUser, seedRoles, tenantId, testScopes } from "./fixtures";

let t: TestDb;
beforeEach(async () => {
  t = await createTestDb();
  await seedRoles(t.db);
});
afterEach(async () => {
  await t.close();
});

async function actorOf(userId: string) {
  return actor(userId, await resolvePermissions(t.db, userId, testScopes));
}

describe("admin user list", () => {
  it("searches email and name, filters by status and role, paginates with a total", async () => {
    await t.db.tenant.create({ data: { id: "other", slug: "other", name: "Other" } });
    await createUser(t.db, [], { email: "ada@lovelace.dev", name: "Ada Lovelace" });
    await createUser(t.db, ["admin"], { email: "grace@navy.mil", name: "Grace Hopper" });
    await createUser(t.db, [], { email: "alan@bletchley.uk", name: "Alan", status: "suspended" });
    await createUser(t.db, [], { email: "gone@invalid", status: "deleted" });
    for (let index = 0; index < 5; index += 1) await createUser(t.db, [], { email: `bulk${index}@shop.test` });
    await t.db.user.create({ data: { tenantId: "other", email: "ada@other.dev", name: "Ada Other" } });

    expect((await listUsers(t.db, tenantId, { search: "ADA" })).items.map((user) => user.email)).toEqual(["ada@lovelace.dev"]);
    expect((await listUsers(t.db, tenantId, { search: "hopper" })).items.map((user) => user.email)).toEqual(["grace@navy.mil"]);
    expect((await listUsers(t.db, tenantId, { status: "suspended" })).items.map((user) => user.email)).toEqual(["alan@bletchley.uk"]);
    const admins = await listUsers(t.db, tenantId, { role: "admin" });
    expect(admins.items.map((user) => [user.email, user.roles.map((role) => role.key)])).toEqual([["grace@navy.mil", ["admin"]]]);

    const first = await listUsers(t.db, tenantId, { pageSize: 3 });
    const third = await listUsers(t.db, tenantId, { pageSize: 3, page: 3 });
    expect(first).toMatchObject({ total: 8, pageCount: 3, page: 1 });
    expect(first.items).toHaveLength(3);
    expect(third.items).toHaveLength(2);
    const all = [...first.items, ...(await listUsers(t.db, tenantId, { pageSize: 3, page: 2 })).items, ...third.items];
    expect(new Set(all.map((user) => user.id)).size).toBe(8);
    expect(all.some((user) => user.email === "gone@invalid")).toBe(false);
  });

  it("sorts by email, name or last sign-in either way; unnamed and never-signed-in users last, pages without repeats", async () => {
    const zed = await createUser(t.db, [], { email: "zed@shop.test", name: "Zed" });
    const amy = await createUser(t.db, [], { email: "amy@shop.test", name: "amy" });
    const nobody = await createUser(t.db, [], { email: "mid@shop.test", name: null });
    await t.db.user.update({ where: { id: zed.id }, data: { lastLoginAt: new Date("2026-03-01T00:00:00Z") } });
    await t.db.user.update({ where: { id: amy.id }, data: { lastLoginAt: new Date("2026-01-01T00:00:00Z") } });
    const emails = async (by: "email" | "name" | "lastLoginAt", direction: "asc" | "desc", pageSize = 10, page = 1) =>
      (await listUsers(t.db, tenantId, { sort: { by, direction }, pageSize, page })).items.map((user) => user.email);

    expect(await emails("email", "asc")).toEqual(["amy@shop.test", "mid@shop.test", "zed@shop.test"]);
    expect(await emails("email", "desc")).toEqual(["zed@shop.test", "mid@shop.test", "amy@shop.test"]);
    expect((await emails("name", "desc")).at(-1)).toBe(nobody.email);
    expect(await emails("lastLoginAt", "desc")).toEqual(["zed@shop.test", "amy@shop.test", "mid@shop.test"]);
    expect(await emails("lastLoginAt", "asc")).toEqual(["amy@shop.test", "zed@shop.test", "mid@shop.test"]);
    const paged = [...(await emails("lastLoginAt", "asc", 2, 1)), ...(await emails("lastLoginAt", "asc", 2, 2))];
    expect(paged).toEqual(["amy@shop.test", "zed@shop.test", "mid@shop.test"]);
  });

  it("shows a user's detail with roles, last login and active API key count; other tenants' users are not found", async () => {
    const user = await createUser(t.db, ["support"]);
    await t.db.user.update({ where: { id: user.id }, data: { lastLoginAt: new Date("2026-01-02T03:04:05Z") } });
    await t.db.apiKey.createMany({
      data: [
        { tenantId, userId: user.id, name: "a", prefix: "tbx_000000000001", keyHash: "00", scopes: [] },
        { tenantId, userId: user.id, name: "b", prefix: "tbx_000000000002", keyHash: "00", scopes: [], revokedAt: new Date() },
      ],
    });
    const detail = await getUserDetail(t.db, tenantId, user.id);
    expect(detail).toMatchObject({ id: user.id, activeApiKeyCount: 1, roles: [{ key: "support", name: "Support" }] });
    expect(detail.lastLoginAt?.toISOString()).toBe("2026-01-02T03:04:05.000Z");
    expect(detail).not.toHaveProperty("passwordHash");
    await expect(getUserDetail(t.db, "other", user.id)).rejects.toMatchObject({ status: "NOT_FOUND" });
  });
});

describe("editing and suspending users", () => {
  it("updates profile fields with validation and an audit entry carrying ip and user agent", async () => {
    const admin = await createUser(t.db, ["admin"]);
    const user = await createUser(t.db);
    const updated = await updateUser(t.db, await actorOf(admin.id), user.id, { company: "Acme", country: "de", vatId: "de 123 456 789" }, testScopes);
    expect(updated).toMatchObject({ company: "Acme", country: "DE", vatId: "DE123456789" });
    await expect(updateUser(t.db, await actorOf(admin.id), user.id, { country: "Germany" }, testScopes)).rejects.toThrow(/field: country/);
    const [entry] = await t.db.auditLog.findMany({ where: { action: "user.update" } });
    expect(entry).toMatchObject({ actorId: admin.id, targetId: user.id, ip: "203.0.113.7", userAgent: "vitest" });
  });

  it("suspending signs the user out everywhere (sessionVersion bump) and is audited; unsuspend restores", async () => {
    const admin = await createUser(t.db, ["admin"]);
    const user = await createUser(t.db);
    const suspended = await suspendUser(t.db, await actorOf(admin.id), user.id, testScopes, "chargeback");
    expect(suspended).toMatchObject({ status: "suspended", sessionVersion: 1 });
    // A second suspend changes nothing.
    await suspendUser(t.db, await actorOf(admin.id), user.id, testScopes);
    expect((await t.db.user.findUniqueOrThrow({ where: { id: user.id } })).sessionVersion).toBe(1);

    await unsuspendUser(t.db, await actorOf(admin.id), user.id, testScopes);
    const actions = (await t.db.auditLog.findMany({ where: { targetId: user.id }, orderBy: { createdAt: "asc" } })).map((row) => [row.action, row.data]);
    expect(actions).toEqual([
      ["user.suspend", { reason: "chargeback" }],
      ["user.unsuspend", {}],
    ]);
  });

  it("refuses suspending yourself, an owner (as admin) and the last owner", async () => {
    const owner = await createUser(t.db, ["owner"]);
    const admin = await createUser(t.db, ["admin"]);
    await expect(suspendUser(t.db, await actorOf(admin.id), admin.id, testScopes)).rejects.toMatchObject({ code: "SUSPEND_SELF" });
    await expect(suspendUser(t.db, await actorOf(admin.id), owner.id, testScopes)).rejects.toMatchObject({ code: "USER_MORE_PRIVILEGED", status: "FORBIDDEN" });
    await expect(suspendUser(t.db, actor(null, "all"), owner.id, testScopes)).rejects.toMatchObject({ code: "LAST_OWNER" });
    expect((await t.db.user.findUniqueOrThrow({ where: { id: owner.id } })).status).toBe("active");
    expect(await t.db.auditLog.count()).toBe(0);
  });
});

describe("assigning roles", () => {
  it("replaces the user's roles and audits what was added and removed", async () => {
    const user = await createUser(t.db, ["user"]);
    await assignRoles(t.db, actor(null, "all"), user.id, ["support", "admin"], testScopes);
    const detail = await getUserDetail(t.db, tenantId, user.id);
    expect(detail.roles.map((role) => role.key).sort()).toEqual(["admin", "support"]);
    const [entry] = await t.db.auditLog.findMany({ where: { action: "user.roles.assign" } });
    expect(entry!.data).toEqual({ added: ["admin", "support"], removed: ["user"] });
    await expect(assignRoles(t.db, actor(null, "all"), user.id, ["ghost"], testScopes)).rejects.toThrow(/"ghost".*field: roleKeys/);
  });

  it("never removes the last owner, but allows it once another owner exists", async () => {
    const first = await createUser(t.db, ["owner"]);
    const firstActor = await actorOf(first.id);
    await expect(assignRoles(t.db, firstActor, first.id, ["admin"], testScopes)).rejects.toMatchObject({ code: "LAST_OWNER" });
    const second = await createUser(t.db);
    await assignRoles(t.db, firstActor, second.id, ["owner"], testScopes);
    await assignRoles(t.db, firstActor, first.id, ["admin"], testScopes);
    expect((await getUserDetail(t.db, tenantId, first.id)).roles.map((role) => role.key)).toEqual(["admin"]);
    await expect(assignRoles(t.db, actor(null, "all"), second.id, [], testScopes)).rejects.toMatchObject({ code: "LAST_OWNER" });
    // A suspended owner doesn't count: the tenant needs one who can sign in.
    await assignRoles(t.db, actor(null, "all"), first.id, ["owner"], testScopes);
    await t.db.user.update({ where: { id: second.id }, data: { status: "suspended" } });
    await expect(assignRoles(t.db, actor(null, "all"), first.id, [], testScopes)).rejects.toMatchObject({ code: "LAST_OWNER" });
  });

  it("won't let an admin make anyone (or itself) owner", async () => {
    const admin = await createUser(t.db, ["admin"]);
    await expect(assignRoles(t.db, await actorOf(admin.id), admin.id, ["admin", "owner"], testScopes)).rejects.toMatchObject({
      code: "SCOPE_NOT_HELD",
    });
    const user = await createUser(t.db);
    await assignRoles(t.db, await actorOf(admin.id), user.id, ["support"], testScopes);
    expect((await getUserDetail(t.db, tenantId, user.id)).roles.map((role) => role.key)).toEqual(["support"]);
  });
});
