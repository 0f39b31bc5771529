import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createTestDb, type TestDb } from "@tillbox/db/testing";
import {
  createRole,
  deleteRole,
  ensureBuiltinRoles,
  listRoles,
  readRoleMatrix,
  resolvePermissions,
  scopeCatalogue,
  updateRole,
  updateRoleMatrix,
} from "../../src";
import { actor, createUser, seedRoles, tenantId, testScopes } from "./fixtures";

let t: TestDb;
beforeEach(async () => {
  t = await createTestDb();
  await seedRoles(t.db);
});
afterEach(async () => {
  await t.close();
});

const owner = actor(null, "all");
const catalogue = [{ owner: "core", name: "Core", scopes: testScopes.map((scope) => ({ scope, description: scope })) }];

describe("built-in roles", () => {
  it("creates owner, admin, support and user once, keeping operators' edits on the next run", async () => {
    const roles = Object.fromEntries((await listRoles(t.db, tenantId)).map((role) => [role.key, role]));
    expect(Object.keys(roles)).toEqual(["owner", "admin", "support", "user"]);
    expect(roles.owner!.scopes).toEqual(["*"]);
    expect(roles.admin!.scopes).not.toContain("roles:manage");
    expect(roles.admin!.scopes).toContain("users:manage");
    expect(roles.support!.scopes.sort()).toEqual(["audit:read", "plugins:read", "roles:read", "shop:read", "users:impersonate", "users:read"]);
    expect(roles.user!.scopes).toEqual([]);

    await updateRole(t.db, owner, roles.support!.id, { scopes: ["users:read"] }, testScopes);
    expect(await ensureBuiltinRoles(t.db, tenantId, testScopes)).toEqual([]);
    expect((await listRoles(t.db, tenantId)).find((role) => role.key === "support")!.scopes).toEqual(["users:read"]);
  });

  it("groups the catalogue by owner: core first, then plugins that declare scopes", () => {
    const groups = scopeCatalogue([
      { slug: "shop", name: "Shop", permissions: { "shop:read": "See orders" } },
      { slug: "empty", name: "Empty", permissions: {} },
    ]);
    expect(groups.map((group) => group.owner)).toEqual(["core", "shop"]);
    expect(groups[0]!.scopes.map((entry) => entry.scope)).toContain("users:impersonate");
    expect(groups[1]!.scopes).toEqual([{ scope: "shop:read", description: "See orders" }]);
  });
});

describe("permission resolution", () => {
  it("expands the owner's * to every scope, including ones installed later", async () => {
    const user = await createUser(t.db, ["owner"]);
    expect([...(await resolvePermissions(t.db, user.id, testScopes))].sort()).toEqual([...testScopes].sort());
    const later = [...testScopes, "bookings:manage"];
    expect(await resolvePermissions(t.db, user.id, later)).toContain("bookings:manage");
  });

  it("unions the scopes of several roles and grants nothing to suspended or unknown users", async () => {
    const custom = await createRole(t.db, owner, { key: "shop-clerk", name: "Shop clerk", scopes: ["shop:manage"] }, testScopes);
    const user = await createUser(t.db, ["support", custom.key]);
    const held = await resolvePermissions(t.db, user.id, testScopes);
    expect(held.has("shop:manage")).toBe(true);
    expect(held.has("users:impersonate")).toBe(true);
    expect(held.has("users:manage")).toBe(false);

    await t.db.user.update({ where: { id: user.id }, data: { status: "suspended" } });
    expect((await resolvePermissions(t.db, user.id, testScopes)).size).toBe(0);
    expect((await resolvePermissions(t.db, "not-a-uuid", testScopes)).size).toBe(0);
  });
});

describe("custom roles", () => {
  it("creates, renames and deletes a custom role, auditing each step", async () => {
    const role = await createRole(t.db, owner, { key: "auditor", name: "Auditor", scopes: ["audit:read"] }, testScopes);
    const user = await createUser(t.db, ["auditor"]);
    await updateRole(t.db, owner, role.id, { name: "External auditor" }, testScopes);
    await deleteRole(t.db, owner, role.id);

    expect((await listRoles(t.db, tenantId)).some((row) => row.key === "auditor")).toBe(false);
    expect(await t.db.userRole.count({ where: { userId: user.id } })).toBe(0);
    const actions = (await t.db.auditLog.findMany({ where: { targetId: role.id }, orderBy: { createdAt: "asc" } })).map((row) => row.action);
    expect(actions).toEqual(["role.create", "role.update", "role.delete"]);
  });

  it("refuses built-in keys, duplicate keys, unknown scopes and deleting built-ins", async () => {
    await expect(createRole(t.db, owner, { key: "admin", name: "x", scopes: [] }, testScopes)).rejects.toMatchObject({ code: "ROLE_KEY_RESERVED" });
    await createRole(t.db, owner, { key: "clerk", name: "Clerk", scopes: [] }, testScopes);
    await expect(createRole(t.db, owner, { key: "clerk", name: "Clerk 2", scopes: [] }, testScopes)).rejects.toMatchObject({ code: "ROLE_KEY_TAKEN" });
    await expect(createRole(t.db, owner, { key: "x1", name: "x", scopes: ["nope:read"] }, testScopes)).rejects.toThrow(/"nope:read".*field: scopes/);
    const admin = (await listRoles(t.db, tenantId)).find((role) => role.key === "admin")!;
    await expect(deleteRole(t.db, owner, admin.id)).rejects.toMatchObject({ code: "ROLE_BUILTIN", status: "CONFLICT" });
  });
});

describe("role × scope matrix", () => {
  it("reads every role against the catalogue with the owner row locked and expanded", async () => {
    const matrix = await readRoleMatrix(t.db, tenantId, catalogue);
    const ownerRow = matrix.roles.find((role) => role.key === "owner")!;
    expect(ownerRow).toMatchObject({ locked: true, scopes: testScopes });
    expect(matrix.roles.find((role) => role.key === "user")!.scopes).toEqual([]);
  });

  it("applies toggles atomically: one invalid change leaves every role untouched", async () => {
    const roles = Object.fromEntries((await listRoles(t.db, tenantId)).map((role) => [role.key, role]));
    const grantUser = { roleId: roles.user!.id, scope: "shop:read", granted: true };

    await expect(updateRoleMatrix(t.db, owner, [grantUser, { roleId: roles.support!.id, scope: "made:up", granted: true }], catalogue)).rejects.toMatchObject({
      code: "UNKNOWN_SCOPE",
      status: "BAD_REQUEST",
    });
    expect((await t.db.role.findUniqueOrThrow({ where: { id: roles.user!.id } })).scopes).toEqual([]);

    const matrix = await updateRoleMatrix(t.db, owner, [grantUser, { roleId: roles.admin!.id, scope: "plugins:manage", granted: false }], catalogue);
    expect(matrix.roles.find((role) => role.key === "user")!.scopes).toEqual(["shop:read"]);
    expect(matrix.roles.find((role) => role.key === "admin")!.scopes).not.toContain("plugins:manage");
    const audit = await t.db.auditLog.findMany({ where: { action: "role.scopes.update" } });
    expect(audit.map((row) => row.data)).toEqual(
      expect.arrayContaining([
        { key: "user", added: ["shop:read"], removed: [] },
        { key: "admin", added: [], removed: ["plugins:manage"] },
      ]),
    );
  });

  it("never lets the owner role lose scopes", async () => {
    const ownerRole = (await listRoles(t.db, tenantId)).find((role) => role.key === "owner")!;
    await expect(updateRoleMatrix(t.db, owner, [{ roleId: ownerRole.id, scope: "users:read", granted: false }], catalogue)).rejects.toMatchObject({
      code: "OWNER_SCOPES_LOCKED",
    });
    await expect(updateRole(t.db, owner, ownerRole.id, { scopes: ["users:read"] }, testScopes)).rejects.toMatchObject({ code: "OWNER_SCOPES_LOCKED" });
    expect((await t.db.role.findUniqueOrThrow({ where: { id: ownerRole.id } })).scopes).toEqual(["*"]);
  });

  it("refuses to grant scopes the editor doesn't hold (no escalation through the matrix)", async () => {
    const roles = Object.fromEntries((await listRoles(t.db, tenantId)).map((role) => [role.key, role]));
    const limited = actor(null, new Set(["roles:manage", "shop:read"]));
    await expect(updateRoleMatrix(t.db, limited, [{ roleId: roles.user!.id, scope: "users:manage", granted: true }], catalogue)).rejects.toMatchObject({
      code: "SCOPE_NOT_HELD",
      status: "FORBIDDEN",
    });
    await updateRoleMatrix(t.db, limited, [{ roleId: roles.user!.id, scope: "shop:read", granted: true }], catalogue);
    expect((await t.db.role.findUniqueOrThrow({ where: { id: roles.user!.id } })).scopes).toEqual(["shop:read"]);
  });
});
