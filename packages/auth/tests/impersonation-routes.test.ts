import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { ensureBuiltinRoles } from "@tillbox/core";
import { setDb } from "@tillbox/db";
import { createTestDb, type TestDb } from "@tillbox/db/testing";
import { signHandover, verifyHandover } from "../src/impersonation-handover";
import { createImpersonationHandlers } from "../src/impersonation-routes";
import { sessionClaims, signSessionUpdate, type SessionClaims } from "../src/session";
import { authBrowser, parseSetCookie } from "./auth-browser";

type Handover = { url: string; token: string };

const tenantId = "default";
const scopes = ["users:read", "users:manage", "users:impersonate"];
const env = { NODE_ENV: "test", AUTH_SECRET: "k3Jx9vQ2mWn8pL5tR7yZ1aB4cD6eF0gH" };
let t: TestDb;
let support: SessionClaims;
let customer: SessionClaims;

async function userWith(role: string, email: string) {
  const { id: roleId } = await t.db.role.findUniqueOrThrow({ where: { tenantId_key: { tenantId, key: role } } });
  const user = await t.db.user.create({ data: { tenantId, email, name: email.split("@")[0], roles: { create: { roleId } } } });
  return sessionClaims({ ...user, roles: [role] });
}

async function signedIn(app: "web" | "admin", claims: SessionClaims | null) {
  const browser = authBrowser(app, env, scopes);
  if (claims) await browser.signIn(t.db, claims);
  return browser;
}

/** Statements of this test database waiting for a lock (the racing redemptions). */
async function lockWaiters() {
  const [row] = await t.db.$queryRaw<{ count: number }[]>`
    SELECT count(*)::int AS count FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock'`;
  return row!.count;
}

const impersonationAudit = async () =>
  (await t.db.auditLog.findMany({ where: { action: { startsWith: "user.impersonate" } }, orderBy: { createdAt: "asc" } })).map((entry) => [
    entry.action,
    entry.actorId,
    entry.targetId,
  ]);

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
    await t.db.auditLog.deleteMany();
    const browser = await signedIn("web", support);
    expect((await browser.post({ action: "start", userId: customer.sub }, { origin: "https://evil.example" })).status).toBe(403);
    const started = await browser.post({ action: "start", userId: customer.sub });
    expect(started.status).toBe(200);
    expect(await browser.claims()).toMatchObject({ sub: customer.sub, imp: { adminId: support.sub, prev: { sub: support.sub } } });
    expect((await browser.post({ action: "start", userId: customer.sub })).status).toBe(409);

    const stopped = await browser.post({ action: "stop" });
    expect(await stopped.json()).toEqual({ stopped: true, signedIn: true });
    const back = await browser.auth();
    expect(back?.claims).toMatchObject({ sub: support.sub });
    expect(back?.claims?.imp).toBeUndefined();
    expect(back?.user?.email).toBe("support@example.com");
    expect(await impersonationAudit()).toEqual([
      ["user.impersonate.start", support.sub, customer.sub],
      ["user.impersonate.stop", support.sub, customer.sub],
    ]);
  });

  it("refuses users without users:impersonate and signed-out browsers", async () => {
    expect((await (await signedIn("web", customer)).post({ action: "start", userId: support.sub })).status).toBe(403);
    expect((await (await signedIn("web", null)).post({ action: "start", userId: customer.sub })).status).toBe(401);
  });

  it("hands a back-office start to a browser without a portal session, and the stop signs that browser out", async () => {
    await t.db.auditLog.deleteMany();
    const admin = await signedIn("admin", support);
    const response = await admin.post({ action: "start", userId: customer.sub });
    const { handover, ...rest } = (await response.json()) as { handover: Handover };
    expect(await admin.claims()).toMatchObject({ sub: support.sub }); // the back-office session stays the admin's
    expect(response.headers.getSetCookie()).toEqual([]);
    // The token travels in the form body the browser posts, never in a URL.
    expect(rest).not.toHaveProperty("redirectTo");
    expect(handover.url).toBe("http://localhost:3000/api/auth/impersonate");
    expect(handover.token).toMatch(/^[\w-]+\.[\w-]+$/);

    const portal = await signedIn("web", null);
    const landed = await portal.postHandover(handover);
    expect(landed.status).toBe(303);
    expect(landed.headers.get("location")).toBe("http://localhost:3000/account");
    const [cookie] = landed.headers.getSetCookie().map(parseSetCookie);
    expect(cookie).toMatchObject({ name: "tillbox.web.session", attributes: { path: "/", httponly: "true", samesite: "Lax", "max-age": "900" } });
    expect(cookie?.attributes).not.toHaveProperty("secure");
    // Auth.js reads the cookie as its own: the portal now acts as the customer, on the admin's behalf.
    const session = await portal.auth();
    expect(session?.claims).toMatchObject({ sub: customer.sub, imp: { adminId: support.sub, prev: null } });
    expect(session?.user).toMatchObject({ email: "customer@example.com", name: "customer" });

    const stopped = await portal.post({ action: "stop" });
    expect(await stopped.json()).toEqual({ stopped: true, signedIn: false });
    expect(stopped.headers.getSetCookie().map(parseSetCookie)).toEqual([
      expect.objectContaining({ name: "tillbox.web.session", value: "", attributes: expect.objectContaining({ "max-age": "0" }) }),
    ]);
    expect(portal.jar.size).toBe(0);
    expect(await portal.claims()).toBeNull();
    expect(await admin.claims()).toMatchObject({ sub: support.sub });
    expect(await impersonationAudit()).toEqual([
      ["user.impersonate.start", support.sub, customer.sub],
      ["user.impersonate.stop", support.sub, customer.sub],
    ]);
  });

  it("keeps a portal session the admin already had as the one to return to", async () => {
    const admin = await signedIn("admin", support);
    const { handover } = (await (await admin.post({ action: "start", userId: customer.sub })).json()) as { handover: Handover };
    const portal = await signedIn("web", support);
    await portal.postHandover(handover);
    expect(await portal.claims()).toMatchObject({ sub: customer.sub, imp: { prev: { sub: support.sub } } });
    expect(await (await portal.post({ action: "stop" })).json()).toEqual({ stopped: true, signedIn: true });
    expect(await portal.claims()).toMatchObject({ sub: support.sub });
  });

  it("works once: a replayed hand-over is refused and writes no cookie", async () => {
    const admin = await signedIn("admin", support);
    const { handover } = (await (await admin.post({ action: "start", userId: customer.sub })).json()) as { handover: Handover };
    const first = await signedIn("web", null);
    expect((await first.postHandover(handover)).headers.get("location")).toBe("http://localhost:3000/account");

    // Someone who copied the token (a log, a shared screen) gets nothing, within its minute.
    const replay = await signedIn("web", null);
    const refused = await replay.postHandover(handover);
    expect(refused.status).toBe(303);
    expect(refused.headers.get("location")).toBe("http://localhost:3000/auth/sign-in?code=invalid_link");
    expect(refused.headers.getSetCookie()).toEqual([]);
    expect(await replay.claims()).toBeNull();
    // The same browser can't redeem it again either, and the first redemption stands.
    expect((await first.postHandover(handover)).headers.get("location")).toContain("code=invalid_link");
    expect(await first.claims()).toMatchObject({ sub: customer.sub, imp: { adminId: support.sub } });
  });

  // Needs a server: both redemptions wait on a row lock held from a third connection, then race for
  // the row once it is released (a read-then-write redemption would let both through).
  it.skipIf(!process.env.DATABASE_URL)("lets exactly one of two concurrent redemptions through (PostgreSQL)", async () => {
    const admin = await signedIn("admin", support);
    const { handover, sessionId } = (await (await admin.post({ action: "start", userId: customer.sub })).json()) as { handover: Handover; sessionId: string };
    const browsers = await Promise.all([signedIn("web", null), signedIn("web", null)]);
    const { racing } = await t.db.$transaction(
      async (tx) => {
        await tx.$queryRaw`SELECT id FROM impersonation_session WHERE id = ${sessionId}::uuid FOR UPDATE`;
        const racing = Promise.all(browsers.map((browser) => browser.postHandover(handover)));
        await vi.waitFor(async () => expect(await lockWaiters()).toBe(2), { timeout: 15_000, interval: 20 });
        return { racing }; // wrapped: awaiting it here would wait for the lock this transaction holds
      },
      { timeout: 30_000 },
    );
    const responses = await racing;
    const landed = responses.filter((response) => response.headers.get("location") === "http://localhost:3000/account");
    expect(landed).toHaveLength(1);
    expect(landed[0]!.headers.getSetCookie()).toHaveLength(1);
    const refused = responses.find((response) => !landed.includes(response))!;
    expect(refused.headers.get("location")).toContain("code=invalid_link");
    expect(refused.headers.getSetCookie()).toEqual([]);
    const sessions = await Promise.all(browsers.map((browser) => browser.claims()));
    expect(sessions.filter((claims) => claims !== null)).toEqual([expect.objectContaining({ sub: customer.sub, imp: expect.objectContaining({ sessionId }) })]);
  });

  it("refuses tampered, foreign and other signed tokens, and hand-overs in a URL; writes no cookie", async () => {
    const admin = await signedIn("admin", support);
    const { handover } = (await (await admin.post({ action: "start", userId: customer.sub })).json()) as { handover: Handover };
    const portal = await signedIn("web", null);
    for (const token of [`${handover.token}x`, "", signSessionUpdate(customer, null, env)]) {
      const forged = await portal.postHandover({ ...handover, token });
      expect(forged.headers.get("location")).toContain("code=invalid_link");
      expect(forged.headers.getSetCookie()).toEqual([]);
    }
    expect(await portal.claims()).toBeNull();
    // The back-office itself doesn't accept hand-overs, and neither app serves GET (no link to replay).
    expect((await admin.postHandover({ ...handover, url: handover.url.replace("3000", "3001") })).status).toBe(404);
    const handlers = createImpersonationHandlers({
      app: "web",
      auth: async () => null,
      resolveTenantId: async () => tenantId,
      allScopes: () => scopes,
      webUrl: "http://localhost:3000",
      env,
    });
    expect(Object.keys(handlers)).toEqual(["POST"]);
    // The token was not spent by the refusals above.
    expect((await portal.postHandover(handover)).headers.get("location")).toBe("http://localhost:3000/account");
    // A hand-over whose impersonation was stopped meanwhile is refused too.
    const { handover: second } = (await (await admin.post({ action: "start", userId: customer.sub })).json()) as { handover: Handover };
    await t.db.impersonationSession.updateMany({ where: { endedAt: null }, data: { endedAt: new Date() } });
    expect((await (await signedIn("web", null)).postHandover(second)).headers.get("location")).toContain("code=invalid_link");
  });

  it("expires a hand-over after a minute", () => {
    const token = signHandover("9b2f4c1e-1d2a-4f7e-9c3b-5a6d7e8f9a0b", env, Date.now());
    expect(verifyHandover(token, env, Date.now() + 59_000)).toEqual({ sessionId: "9b2f4c1e-1d2a-4f7e-9c3b-5a6d7e8f9a0b" });
    expect(verifyHandover(token, env, Date.now() + 61_000)).toBeNull();
  });
});

describe("/api/auth/impersonate behind a proxy", () => {
  // The app sees its internal address in request.url; the browser names the public one.
  const handlers = createImpersonationHandlers({
    app: "admin",
    auth: async () => null,
    resolveTenantId: async () => tenantId,
    allScopes: () => scopes,
    webUrl: "https://shop.example",
    env: { ...env, ADMIN_URL: "https://admin.shop.example", WEB_URL: "https://shop.example" },
  });
  const post = (headers: Record<string, string>) =>
    handlers.POST(
      new Request("http://10.0.0.7:3001/api/auth/impersonate", { method: "POST", headers: { "content-type": "application/json", ...headers }, body: "{}" }),
    );

  it("accepts the configured admin origin or Sec-Fetch-Site same-origin, refuses any other origin", async () => {
    // 401: past the origin check, stopped only because this request carries no session.
    expect((await post({ origin: "https://admin.shop.example" })).status).toBe(401);
    expect((await post({ "sec-fetch-site": "same-origin" })).status).toBe(401);
    const refused: Record<string, string>[] = [
      { origin: "https://evil.example" },
      { origin: "https://tenant-b.shop.example" },
      {},
      { "sec-fetch-site": "same-site" },
    ];
    for (const headers of refused) {
      const response = await post(headers);
      expect(response.status).toBe(403);
      expect(await response.json()).toMatchObject({ error: { code: "BAD_ORIGIN" } });
    }
  });
});
