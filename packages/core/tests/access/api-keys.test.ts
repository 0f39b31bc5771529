import { createHash } from "node:crypto";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createTestDb, type TestDb } from "@tillbox/db/testing";
import { assignRoles, authenticateApiKey, createApiKey, listApiKeys, resolvePermissions, revokeApiKey } from "../../src";
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

describe("API keys", () => {
  it("shows the key once and stores only its prefix and sha256", async () => {
    const admin = await createUser(t.db, ["admin"]);
    const created = await createApiKey(t.db, await actorOf(admin.id), { name: "CI", scopes: ["users:read"] }, testScopes);
    expect(created.key).toMatch(/^tbx_[0-9a-f]{12}_[A-Za-z0-9_-]{43}$/);
    expect(created.key.startsWith(`${created.prefix}_`)).toBe(true);

    const row = await t.db.apiKey.findUniqueOrThrow({ where: { id: created.id } });
    expect(row.keyHash).toBe(createHash("sha256").update(created.key).digest("hex"));
    const secret = created.key.slice(created.prefix.length + 1);
    expect(JSON.stringify(row)).not.toContain(secret);

    const [listed] = await listApiKeys(t.db, tenantId, admin.id);
    expect(listed).toMatchObject({ id: created.id, prefix: created.prefix, scopes: ["users:read"] });
    expect(listed).not.toHaveProperty("key");
    expect(listed).not.toHaveProperty("keyHash");
    const audit = await t.db.auditLog.findFirstOrThrow({ where: { action: "api_key.create" } });
    expect(JSON.stringify(audit)).not.toContain(secret);
  });

  it("refuses to create or revoke keys while an admin impersonates the owner; writes nothing", async () => {
    const admin = await createUser(t.db, ["admin"]);
    const user = await createUser(t.db, ["support"]);
    const impersonated = { ...(await actorOf(user.id)), impersonatedBy: admin.id };
    await expect(createApiKey(t.db, impersonated, { name: "stays behind", scopes: ["users:read"] }, testScopes)).rejects.toMatchObject({
      code: "IMPERSONATION_FORBIDDEN",
      status: "FORBIDDEN",
      message: expect.stringContaining("Creating an API key is not allowed while impersonating"),
    });
    const own = await createApiKey(t.db, await actorOf(user.id), { name: "own", scopes: ["users:read"] }, testScopes);
    await expect(revokeApiKey(t.db, impersonated, own.id)).rejects.toMatchObject({ code: "IMPERSONATION_FORBIDDEN" });
    expect(await t.db.apiKey.findMany({ select: { id: true, revokedAt: true } })).toEqual([{ id: own.id, revokedAt: null }]);
    expect(await t.db.auditLog.count({ where: { actorId: admin.id } })).toBe(0);
  });

  it("carries only scopes the creator holds, narrowed again when the owner loses them", async () => {
    const support = await createUser(t.db, ["support"]);
    await expect(createApiKey(t.db, await actorOf(support.id), { name: "x", scopes: ["users:manage"] }, testScopes)).rejects.toMatchObject({
      code: "SCOPE_NOT_HELD",
    });
    await expect(createApiKey(t.db, await actorOf(support.id), { name: "x", scopes: ["nope:read"] }, testScopes)).rejects.toMatchObject({
      code: "UNKNOWN_SCOPE",
    });
    const { key } = await createApiKey(t.db, await actorOf(support.id), { name: "reports", scopes: ["users:read", "audit:read"] }, testScopes);
    expect(await authenticateApiKey(t.db, key)).toMatchObject({ userId: support.id, tenantId, scopes: new Set(["audit:read", "users:read"]) });

    await assignRoles(t.db, actor(null, "all"), support.id, ["user"], testScopes);
    expect((await authenticateApiKey(t.db, key))!.scopes.size).toBe(0);
  });

  it("keeps an owner's key (role \"*\") whole, adds a second role's scopes, and notes its use once a minute", async () => {
    const owner = await createUser(t.db, ["owner"]);
    const { key, id } = await createApiKey(t.db, await actorOf(owner.id), { name: "ops", scopes: ["users:manage", "audit:read"] }, testScopes);
    expect((await authenticateApiKey(t.db, key))!.scopes).toEqual(new Set(["audit:read", "users:manage"]));

    const support = await createUser(t.db, ["support", "admin"]);
    const both = await createApiKey(t.db, await actorOf(support.id), { name: "both", scopes: ["users:manage", "audit:read"] }, testScopes);
    await assignRoles(t.db, actor(null, "all"), support.id, ["support"], testScopes);
    expect((await authenticateApiKey(t.db, both.key))!.scopes).toEqual(new Set(["audit:read"]));

    const start = new Date("2030-01-01T00:00:00Z");
    await authenticateApiKey(t.db, key, start);
    await authenticateApiKey(t.db, key, new Date(start.getTime() + 30_000));
    expect((await t.db.apiKey.findUniqueOrThrow({ where: { id } })).lastUsedAt).toEqual(start);
    await authenticateApiKey(t.db, key, new Date(start.getTime() + 61_000));
    expect((await t.db.apiKey.findUniqueOrThrow({ where: { id } })).lastUsedAt).toEqual(new Date(start.getTime() + 61_000));
  });

  it("refuses revoked, expired, tampered and unknown keys and keys of suspended users", async () => {
    const admin = await createUser(t.db, ["admin"]);
    const admins = await actorOf(admin.id);
    const now = new Date();
    const live = await createApiKey(t.db, admins, { name: "live", scopes: ["users:read"] }, testScopes, now);
    const expiring = await createApiKey(t.db, admins, { name: "short", scopes: ["users:read"], expiresAt: new Date(now.getTime() + 1000) }, testScopes, now);
    const revoked = await createApiKey(t.db, admins, { name: "old", scopes: ["users:read"] }, testScopes, now);
    await revokeApiKey(t.db, admins, revoked.id);

    expect(await authenticateApiKey(t.db, live.key)).not.toBeNull();
    expect(await authenticateApiKey(t.db, expiring.key, now)).not.toBeNull();
    expect(await authenticateApiKey(t.db, expiring.key, new Date(now.getTime() + 2000))).toBeNull();
    expect(await authenticateApiKey(t.db, revoked.key)).toBeNull();
    const tampered = live.key.slice(0, -1) + (live.key.endsWith("A") ? "B" : "A");
    expect(await authenticateApiKey(t.db, tampered)).toBeNull();
    expect(await authenticateApiKey(t.db, "tbx_000000000000_" + "A".repeat(43))).toBeNull();
    expect(await authenticateApiKey(t.db, "garbage")).toBeNull();
    await expect(createApiKey(t.db, admins, { name: "x", scopes: ["users:read"], expiresAt: new Date(0) }, testScopes)).rejects.toMatchObject({
      code: "API_KEY_EXPIRY_PAST",
    });

    await t.db.user.update({ where: { id: admin.id }, data: { status: "suspended" } });
    expect(await authenticateApiKey(t.db, live.key)).toBeNull();
  });

  it("revokes own keys; others' only with users:manage; audited once", async () => {
    const owner = await createUser(t.db, ["support"]);
    const other = await createUser(t.db, ["support"]);
    const admin = await createUser(t.db, ["admin"]);
    const created = await createApiKey(t.db, await actorOf(owner.id), { name: "mine", scopes: ["users:read"] }, testScopes);
    await expect(revokeApiKey(t.db, await actorOf(other.id), created.id)).rejects.toMatchObject({ status: "NOT_FOUND" });
    const revoked = await revokeApiKey(t.db, await actorOf(admin.id), created.id);
    expect(revoked.revokedAt).not.toBeNull();
    await revokeApiKey(t.db, await actorOf(owner.id), created.id);
    expect(await t.db.auditLog.count({ where: { action: "api_key.revoke", targetId: created.id } })).toBe(1);
  });

  it("records lastUsedAt at most once a minute", async () => {
    const admin = await createUser(t.db, ["admin"]);
    const { id, key } = await createApiKey(t.db, await actorOf(admin.id), { name: "k", scopes: ["users:read"] }, testScopes);
    const start = new Date("2030-01-01T00:00:00Z");
    const lastUsed = async () => (await t.db.apiKey.findUniqueOrThrow({ where: { id } })).lastUsedAt?.toISOString();
    expect(await lastUsed()).toBeUndefined();
    await authenticateApiKey(t.db, key, start);
    expect(await lastUsed()).toBe("2030-01-01T00:00:00.000Z");
    await authenticateApiKey(t.db, key, new Date(start.getTime() + 30_000));
    expect(await lastUsed()).toBe("2030-01-01T00:00:00.000Z");
    await authenticateApiKey(t.db, key, new Date(start.getTime() + 61_000));
    expect(await lastUsed()).toBe("2030-01-01T00:01:01.000Z");
  });
});
