import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import superjson from "superjson";
import { createApiKey, ensureBuiltinRoles, resolvePermissions, startImpersonation } from "@tillbox/core";
import { sessionClaims, type SessionClaims } from "@tillbox/auth/session";
import { setDb } from "@tillbox/db";
import { createTestDb, type TestDb } from "@tillbox/db/testing";
import { createRateLimiter, setRateLimiter } from "@tillbox/rate-limit";
import { allScopes } from "../src/access";
import { createRequestContext } from "../src/context";
import { originOf } from "../src/request-origin";
import { handleTRPCRequest } from "../src/http";

const tenantId = "default";
let t: TestDb;

beforeAll(() => setRateLimiter(createRateLimiter({ policies: { api: { points: 0, durationSeconds: 60 } } })));
afterAll(() => setRateLimiter(undefined));
beforeEach(async () => {
  t = await createTestDb();
  setDb(t.db);
  await ensureBuiltinRoles(t.db, tenantId, allScopes());
});
afterEach(async () => {
  setDb(undefined);
  await t.close();
});

async function userWith(role: string, email: string) {
  const { id: roleId } = await t.db.role.findUniqueOrThrow({ where: { tenantId_key: { tenantId, key: role } } });
  const user = await t.db.user.create({ data: { tenantId, email, roles: { create: { roleId } } } });
  return { user, claims: sessionClaims({ ...user, roles: [role] }) };
}

const contextFor = (session: SessionClaims | null, headers: Record<string, string> = {}) =>
  createRequestContext({ headers: new Headers(headers), url: "http://localhost/api/trpc/x", db: t.db, session: session && { claims: session } });

function trpcGet(path: string, options: { session?: SessionClaims; headers?: Record<string, string> } = {}) {
  const request = new Request(`http://localhost/api/trpc/${path}`, { headers: options.headers });
  return handleTRPCRequest(request, { session: options.session ? { claims: options.session } : null });
}

describe("request actor from the Auth.js session", () => {
  it("maps a current session to the user with their roles' scopes, read fresh per request", async () => {
    const { user, claims } = await userWith("support", "support@example.com");
    const context = await contextFor(claims);
    expect(context.actor).toMatchObject({ kind: "user", id: user.id });
    expect(context.actor.permissions).toEqual(await resolvePermissions(t.db, user.id, allScopes()));
    expect(context.actor.permissions !== "all" && context.actor.permissions.has("users:read")).toBe(true);
    expect(context.actor.permissions !== "all" && context.actor.permissions.has("users:manage")).toBe(false);

    const response = await trpcGet("users.list", { session: claims });
    expect(response.status).toBe(200);
  });

  it("treats no session, a bumped sessionVersion, a suspended user or another tenant's session as anonymous", async () => {
    const { user, claims } = await userWith("owner", "owner@example.com");
    expect((await contextFor(null)).actor).toMatchObject({ kind: "anonymous", id: null });
    // Told to sign in (401), not refused as if known (403).
    expect((await trpcGet("users.list")).status).toBe(401);

    expect((await contextFor({ ...claims, tid: "other" })).actor.kind).toBe("anonymous");
    // Sign-out everywhere / password change: the old token names an outdated version.
    await t.db.user.update({ where: { id: user.id }, data: { sessionVersion: { increment: 1 } } });
    expect((await contextFor(claims)).actor.kind).toBe("anonymous");
    expect((await trpcGet("users.list", { session: claims })).status).toBe(401);
    expect((await contextFor({ ...claims, sv: claims.sv + 1 })).actor.kind).toBe("user");

    await t.db.user.update({ where: { id: user.id }, data: { status: "suspended" } });
    expect((await contextFor({ ...claims, sv: claims.sv + 1 })).actor.kind).toBe("anonymous");
  });

  it("carries an impersonation: acts as the target, audits the real admin, lapses when stopped", async () => {
    const admin = await userWith("support", "support@example.com");
    const customer = await userWith("user", "customer@example.com");
    const actor = { tenantId, actorId: admin.user.id, permissions: await resolvePermissions(t.db, admin.user.id, allScopes()) };
    const { sessionId } = await startImpersonation(t.db, actor, customer.user.id, allScopes());
    const { imp: _none, ...prev } = admin.claims;
    const impersonating: SessionClaims = { ...customer.claims, imp: { sessionId, adminId: admin.user.id, prev } };

    const context = await contextFor(impersonating);
    expect(context.actor).toMatchObject({ kind: "user", id: customer.user.id, impersonatedBy: admin.user.id });
    expect(context.actor.permissions).toEqual(new Set());
    expect(originOf(context).actorId).toBe(admin.user.id);

    // A forged claim (someone else as admin) or an ended session does not act as the target.
    expect((await contextFor({ ...impersonating, imp: { ...impersonating.imp!, adminId: customer.user.id } })).actor).toMatchObject({ id: admin.user.id });
    await t.db.impersonationSession.update({ where: { id: sessionId }, data: { endedAt: new Date() } });
    const after = await contextFor(impersonating);
    expect(after.actor).toMatchObject({ kind: "user", id: admin.user.id });
    expect(after.actor.impersonatedBy).toBeUndefined();
  });
});

describe("request actor from an API key", () => {
  it("acts with the key's scopes on a Bearer key, and answers 401 for a revoked or unknown key", async () => {
    const { user } = await userWith("admin", "admin@example.com");
    const owner = { tenantId, actorId: user.id, permissions: await resolvePermissions(t.db, user.id, allScopes()) };
    const { key, id } = await createApiKey(t.db, owner, { name: "reporting", scopes: ["users:read"] }, allScopes());

    const context = await contextFor(null, { authorization: `Bearer ${key}` });
    expect(context.actor).toMatchObject({ kind: "api-key", id: user.id });
    expect(context.actor.permissions).toEqual(new Set(["users:read"]));
    const listed = await trpcGet("users.list", { headers: { authorization: `Bearer ${key}` } });
    expect(listed.status).toBe(200);
    expect(superjson.deserialize<{ items: unknown[] }>((await listed.json()).result.data).items).toHaveLength(1);
    // The key carries users:read only, although its owner (admin) holds roles:read too.
    expect((await trpcGet("roles.list", { headers: { authorization: `Bearer ${key}` } })).status).toBe(403);

    await t.db.apiKey.update({ where: { id }, data: { revokedAt: new Date() } });
    await expect(contextFor(null, { authorization: `Bearer ${key}` })).rejects.toMatchObject({ code: "UNAUTHORIZED" });
    const revoked = await trpcGet("users.list", { headers: { authorization: `Bearer ${key}` } });
    expect(revoked.status).toBe(401);
    expect(JSON.stringify(await revoked.json())).not.toMatch(/stack|at .*\.ts/);
    const garbage = await trpcGet("health", { headers: { authorization: "Bearer tbx_nope" } });
    expect(garbage.status).toBe(401);
  });
});
