import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Session } from "next-auth";
import { ensureBuiltinRoles } from "@tillbox/core";
import { setDb } from "@tillbox/db";
import { createTestDb, type TestDb } from "@tillbox/db/testing";
import { createImpersonationHandlers } from "../src/impersonation-routes";
import { sessionClaims, verifySessionUpdate, type SessionClaims } from "../src/session";

const tenantId = "default";
const scopes = ["users:read", "users:manage", "users:impersonate"];
let t: TestDb;
let support: SessionClaims;
let customer: SessionClaims;

async function userWith(role: string, email: string) {
  const { id: roleId } = await t.db.role.findUniqueOrThrow({ where: { tenantId_key: { tenantId, key: role } } });
  const user = await t.db.user.create({ data: { tenantId, email, roles: { create: { roleId, tenantId } } } });
  return sessionClaims({ ...user, roles: [role] });
}

/** Handlers around a fake Auth.js: `claims` is the browser's session, `update` records the signed switch. */
function browser(app: "web" | "admin", claims: SessionClaims | null) {
  const state = { claims, switches: [] as string[] };
  const handlers = createImpersonationHandlers({
    app,
    auth: async () => (state.claims ? ({ claims: state.claims, expires: "" } as Session) : null),
    update: (async (data: { switch: string }) => {
      state.switches.push(data.switch);
      const update = verifySessionUpdate(data.switch);
      expect(update?.from).toBe(state.claims?.sub ?? null);
      state.claims = update!.claims;
      return null;
    }) as never,
    resolveTenantId: async () => tenantId,
    allScopes: () => scopes,
    webUrl: "http://localhost:3000",
  });
  const origin = app === "web" ? "http://localhost:3000" : "http://localhost:3001";
  const post = (body: unknown, headers: Record<string, string> = { origin }) =>
    handlers.POST(new Request(`${origin}/api/auth/impersonate`, { method: "POST", headers: { "content-type": "application/json", ...headers }, body: JSON.stringify(body) }));
  return { state, handlers, post };
}

beforeAll(async () => {
  t = await createTestDb();
  setDb(t.db);
  await ensureBuiltinRoles(t.db, tenantId, scopes);
  support = await userWith("support", "support@example.com");
  customer = await userWith("user", "customer@example.com");
});
afterAll(async () => {
  setDb(undefined);
  await t.close();
});

describe("/api/auth/impersonate", () => {
  it("switches the portal session to the user and back, audited under the admin", async () => {
    const { state, post } = browser("web", support);
    expect((await post({ action: "start", userId: customer.sub }, { origin: "https://evil.example" })).status).toBe(403);
    const started = await post({ action: "start", userId: customer.sub });
    expect(started.status).toBe(200);
    expect(state.claims).toMatchObject({ sub: customer.sub, imp: { adminId: support.sub, prev: { sub: support.sub } } });
    expect((await post({ action: "start", userId: customer.sub })).status).toBe(409);

    const stopped = await post({ action: "stop" });
    expect(await stopped.json()).toEqual({ stopped: true, signedIn: true });
    expect(state.claims).toMatchObject({ sub: support.sub });
    expect(state.claims?.imp).toBeUndefined();
    const actions = await t.db.auditLog.findMany({ where: { action: { startsWith: "user.impersonate" } }, orderBy: { createdAt: "asc" } });
    expect(actions.map((entry) => [entry.action, entry.actorId])).toEqual([
      ["user.impersonate.start", support.sub],
      ["user.impersonate.stop", support.sub],
    ]);
  });

  it("refuses users without users:impersonate and signed-out browsers", async () => {
    expect((await browser("web", customer).post({ action: "start", userId: support.sub })).status).toBe(403);
    expect((await browser("web", null).post({ action: "start", userId: customer.sub })).status).toBe(401);
  });

  it("hands a back-office start over to the portal with a signed one-minute link", async () => {
    const admin = browser("admin", support);
    const response = await admin.post({ action: "start", userId: customer.sub });
    const { redirectTo } = (await response.json()) as { redirectTo: string };
    expect(admin.state.claims).toEqual(support); // the back-office session stays the admin's
    expect(redirectTo).toMatch(/^http:\/\/localhost:3000\/api\/auth\/impersonate\?handoff=/);

    const portal = browser("web", null);
    const landed = await portal.handlers.GET(new Request(redirectTo));
    expect(landed.status).toBe(303);
    expect(landed.headers.get("location")).toBe("http://localhost:3000/account");
    expect(portal.state.claims).toMatchObject({ sub: customer.sub, imp: { adminId: support.sub, prev: null } });

    // A tampered link does nothing.
    const forged = await browser("web", null).handlers.GET(new Request(`${redirectTo}x`));
    expect(forged.headers.get("location")).toContain("code=invalid_link");
    // The back-office itself doesn't accept hand-overs.
    expect((await admin.handlers.GET(new Request(redirectTo.replace("3000", "3001")))).status).toBe(404);
  });
});
