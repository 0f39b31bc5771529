import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import superjson from "superjson";
import { createApiKey, ensureBuiltinRoles, resolvePermissions, startImpersonation } from "@tillbox/core";
import { sessionClaims, type SessionClaims } from "@tillbox/auth/session";
import { setDb } from "@tillbox/db";
import { createTestDb, type TestDb } from "@tillbox/db/testing";
import { createRateLimiter, setRateLimiter } from "@tillbox/rate-limit";
import { allScopes } from "../src/access";
import { handleTRPCRequest } from "../src/http";
import { createRestHandler } from "../src/rest";
import { appRouter } from "../src/root";

const tenantId = "default";
let t: TestDb;

beforeAll(() => setRateLimiter(createRateLimiter({ policies: { api: { points: 0, durationSeconds: 60 } } })));
afterAll(() => setRateLimiter(undefined));
beforeEach(async () => {
  t = await createTestDb();
  setDb(t.db);
  await ensureBuiltinRoles(t.db, tenantId, allScopes());
  // Customers may keep REST keys here, so the refusal below is about impersonation, not a missing scope.
  await t.db.role.update({ where: { tenantId_key: { tenantId, key: "user" } }, data: { scopes: ["api-keys:manage"] } });
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

/** The portal session of `admin` acting as `customer`, as the impersonation hand-over writes it. */
async function impersonating(admin: Awaited<ReturnType<typeof userWith>>, customer: Awaited<ReturnType<typeof userWith>>): Promise<SessionClaims> {
  const actor = { tenantId, actorId: admin.user.id, permissions: await resolvePermissions(t.db, admin.user.id, allScopes()) };
  const { sessionId } = await startImpersonation(t.db, actor, customer.user.id, allScopes());
  return { ...customer.claims, imp: { sessionId, adminId: admin.user.id, prev: null } };
}

function trpcMutation(path: string, input: unknown, options: { session?: SessionClaims; headers?: Record<string, string> }) {
  const request = new Request(`http://localhost/api/trpc/${path}`, {
    method: "POST",
    // A browser's same-origin POST carries Origin; the cookie-authenticated mutation needs it.
    headers: { "content-type": "application/json", origin: "http://localhost", ...options.headers },
    body: JSON.stringify(superjson.serialize(input)),
  });
  return handleTRPCRequest(request, { session: options.session ? { claims: options.session } : null });
}

// REST maps no key creation (a key can't mint keys); this handler maps it to show that the refusal
// keeps its code through the REST adapter as well.
const rest = createRestHandler({
  router: appRouter,
  routes: [{ method: "POST", path: "/api-keys", procedure: "apiKeys.create", summary: "Create an API key", tags: ["account"], successStatus: 201 }],
});
const restCreate = (session: SessionClaims, body: unknown) =>
  rest(
    new Request("http://localhost/api/v1/api-keys", {
      method: "POST",
      headers: { "content-type": "application/json", origin: "http://localhost" },
      body: JSON.stringify(body),
    }),
    { session: { claims: session } },
  );

const keyInput = { name: "kept after support left", scopes: ["api-keys:manage"] };

describe("credentials under impersonation", () => {
  it("refuses to mint or revoke API keys while an admin acts as the user, over tRPC and REST; the user may", async () => {
    const admin = await userWith("admin", "admin@example.com");
    const customer = await userWith("user", "customer@example.com");
    const session = await impersonating(admin, customer);

    const viaTrpc = await trpcMutation("apiKeys.create", keyInput, { session });
    expect(viaTrpc.status).toBe(403);
    const { error } = (await viaTrpc.json()) as { error: { json: { message: string; data: { domainCode: string } } } };
    expect(error.json.data.domainCode).toBe("IMPERSONATION_FORBIDDEN");
    expect(error.json.message).toBe("Creating an API key is not allowed while impersonating: only the account owner can do this. End the impersonation first.");

    const viaRest = await restCreate(session, keyInput);
    expect(viaRest.status).toBe(403);
    expect(await viaRest.json()).toEqual({ error: { code: "IMPERSONATION_FORBIDDEN", message: expect.stringContaining("Creating an API key") } });
    expect(await t.db.apiKey.count()).toBe(0);
    expect(await t.db.auditLog.count({ where: { action: "api_key.create" } })).toBe(0);

    // The user's own key stays theirs to revoke: not from the impersonated session.
    const own = { tenantId, actorId: customer.user.id, permissions: await resolvePermissions(t.db, customer.user.id, allScopes()) };
    const { id } = await createApiKey(t.db, own, keyInput, allScopes());
    const revoke = await trpcMutation("apiKeys.revoke", { id }, { session });
    expect(revoke.status).toBe(403);
    expect(((await revoke.json()) as { error: { json: { data: { domainCode: string } } } }).error.json.data.domainCode).toBe("IMPERSONATION_FORBIDDEN");
    expect(await t.db.apiKey.findUniqueOrThrow({ where: { id } })).toMatchObject({ revokedAt: null });

    // Signed in as themselves, the customer creates keys as before.
    expect((await trpcMutation("apiKeys.create", keyInput, { session: customer.claims })).status).toBe(200);
    expect((await restCreate(customer.claims, keyInput)).status).toBe(201);
  });

  it("refuses key management with an API key: a leaked key can't mint successors", async () => {
    const customer = await userWith("user", "customer@example.com");
    const own = { tenantId, actorId: customer.user.id, permissions: await resolvePermissions(t.db, customer.user.id, allScopes()) };
    const { key } = await createApiKey(t.db, own, keyInput, allScopes());
    const response = await trpcMutation("apiKeys.create", keyInput, { headers: { authorization: `Bearer ${key}` } });
    expect(response.status).toBe(403);
    expect(((await response.json()) as { error: { json: { data: { domainCode: string } } } }).error.json.data.domainCode).toBe("SESSION_REQUIRED");
    expect(await t.db.apiKey.count()).toBe(1);
  });
});
