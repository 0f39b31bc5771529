import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { ensureBuiltinRoles } from "@tillbox/core";
import { createTestDb, type TestDb } from "@tillbox/db/testing";
import { PEER_ADDRESS_HEADER } from "@tillbox/rate-limit";
import { createCallerFactory, type Actor } from "@tillbox/trpc";
import { actorForApiKey, actorForUser, allScopes } from "../src/access";
import { createContext } from "../src/context";
import { appRouter } from "../src/root";

const tenantId = "default";
let t: TestDb;

beforeEach(async () => {
  t = await createTestDb();
  await ensureBuiltinRoles(t.db, tenantId, allScopes());
});
afterEach(async () => {
  await t.close();
});

async function userWith(role: string, email: string) {
  const { id: roleId } = await t.db.role.findUniqueOrThrow({ where: { tenantId_key: { tenantId, key: role } } });
  return t.db.user.create({ data: { tenantId, email, roles: { create: { roleId } } } });
}

function callerAs(actor: Actor) {
  // The peer as the apps' server stamps it; the X-Forwarded-For a client made up is not what gets audited.
  const headers = new Headers({ [PEER_ADDRESS_HEADER]: "198.51.100.4", "x-forwarded-for": "10.9.9.9", "user-agent": "AdminBrowser/1.0" });
  return createCallerFactory(appRouter)(createContext({ headers, db: t.db, actor }));
}

describe("access routers", () => {
  it("suspends through the users router, writing the request's ip and user agent to the audit log", async () => {
    const admin = await userWith("admin", "admin@example.com");
    const customer = await userWith("user", "customer@example.com");
    const caller = callerAs(await actorForUser(t.db, admin.id));

    const result = await caller.users.suspend({ userId: customer.id, reason: "fraud" });
    expect(result).toMatchObject({ status: "suspended", sessionVersion: 1 });
    const list = await caller.users.list({ status: "suspended" });
    expect(list.items.map((user) => user.email)).toEqual(["customer@example.com"]);

    const audit = await caller.audit.list({ actionPrefix: "user.suspend" });
    expect(audit.items[0]).toMatchObject({ actorId: admin.id, actorEmail: "admin@example.com", ip: "198.51.100.4", userAgent: "AdminBrowser/1.0" });
  });

  it("rejects invalid input with field errors before any service runs", async () => {
    const admin = await userWith("admin", "admin@example.com");
    await expect(callerAs(await actorForUser(t.db, admin.id)).users.update({ userId: admin.id, patch: { country: "Germany" } })).rejects.toMatchObject({
      code: "BAD_REQUEST",
    });
  });

  it("creates an API key through the router, then the key acts with exactly its scopes", async () => {
    const support = await userWith("support", "support@example.com");
    const owner = await userWith("owner", "owner@example.com");
    // Support has no API keys by default; the owner grants it in the matrix.
    const supportRole = await t.db.role.findUniqueOrThrow({ where: { tenantId_key: { tenantId, key: "support" } } });
    await callerAs(await actorForUser(t.db, owner.id)).roles.updateMatrix({ changes: [{ roleId: supportRole.id, scope: "api-keys:manage", granted: true }] });
    const created = await callerAs(await actorForUser(t.db, support.id)).apiKeys.create({ name: "reporting", scopes: ["users:read"] });
    const keyActor = await actorForApiKey(t.db, created.key);
    expect(keyActor).toMatchObject({ kind: "api-key", id: support.id, tenantId });
    const asKey = callerAs(keyActor!);
    expect((await asKey.users.list()).total).toBe(2);
    await expect(asKey.audit.list()).rejects.toMatchObject({ code: "FORBIDDEN" });

    const listed = await callerAs(await actorForUser(t.db, support.id)).apiKeys.list();
    expect(listed.map((key) => key.name)).toEqual(["reporting"]);
    expect(JSON.stringify(listed)).not.toContain(created.key);
    await callerAs(await actorForUser(t.db, support.id)).apiKeys.revoke({ id: created.id });
    expect(await actorForApiKey(t.db, created.key)).toBeNull();
  });

  it("tells the UI what the caller may do from the same declarations the server enforces", async () => {
    const support = await userWith("support", "support@example.com");
    const mine = await callerAs(await actorForUser(t.db, support.id)).roles.mine();
    expect(mine.scopes).toContain("users:impersonate");
    expect(mine.scopes).not.toContain("users:manage");
    expect(mine.procedures["users.suspend"]).toBe("users:manage");
    expect(mine.procedures["roles.updateMatrix"]).toBe("roles:manage");
    expect(mine.procedures["health"]).toBe("public");
  });

  it("serves the matrix with plugin scope groups and stops an impersonation from the impersonated side", async () => {
    const owner = await userWith("owner", "owner@example.com");
    const customer = await userWith("user", "customer@example.com");
    const ownerCaller = callerAs(await actorForUser(t.db, owner.id));
    const matrix = await ownerCaller.roles.matrix();
    expect(matrix.groups.map((group) => group.owner)).toContain("webhooks");

    const { sessionId } = await ownerCaller.users.impersonate({ userId: customer.id });
    await callerAs(await actorForUser(t.db, customer.id)).users.stopImpersonation({ sessionId });
    const actions = (await ownerCaller.audit.list({ targetId: customer.id })).items.map((entry) => entry.action);
    expect(actions).toEqual(["user.impersonate.stop", "user.impersonate.start"]);
  });
});
