import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ensureBuiltinRoles } from "@tillbox/core";
import { setDb } from "@tillbox/db";
import { createTestDb, type TestDb } from "@tillbox/db/testing";
import { sessionClaims, type SessionClaims } from "../src/session";
import { authBrowser, parseSetCookie } from "./auth-browser";

const tenantId = "default";
const scopes = ["users:read", "users:manage", "users:impersonate"];
const env = { NODE_ENV: "test", AUTH_SECRET: "k3Jx9vQ2mWn8pL5tR7yZ1aB4cD6eF0gH" };
let t: TestDb;
let support: SessionClaims;
let customer: SessionClaims;

async function userWith(role: string, email: string) {
  const { id: roleId } = await t.db.role.findUniqueOrThrow({ where: { tenantId_key: { tenantId, key: role } } });
  const user = await t.db.user.create({ data: { tenantId, email, name: email.split("@")[0], roles: { create: { roleId, tenantId } } } });
  return sessionClaims({ ...user, roles: [role] });
}

async function signedIn(app: "web" | "admin", claims: SessionClaims | null) {
  const browser = authBrowser(app, env, scopes);
  if (claims) await browser.signIn(t.db, claims);
  return browser;
}

const impersonationAudit = async () =>
  (await t.db.auditLog.findMany({ where: { action: { startsWith: "user.impersonate" } }, orderBy: { createdAt: "asc" } })).map((entry) => [entry.action, entry.actorId, entry.targetId]);

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
    const { redirectTo } = (await response.json()) as { redirectTo: string };
    expect(await admin.claims()).toMatchObject({ sub: support.sub }); // the back-office session stays the admin's
    expect(response.headers.getSetCookie()).toEqual([]);
    expect(redirectTo).toMatch(/^http:\/\/localhost:3000\/api\/auth\/impersonate\?handoff=/);

    const portal = await signedIn("web", null);
    const landed = await portal.get(redirectTo);
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
    const { redirectTo } = (await (await admin.post({ action: "start", userId: customer.sub })).json()) as { redirectTo: string };
    const portal = await signedIn("web", support);
    await portal.get(redirectTo);
    expect(await portal.claims()).toMatchObject({ sub: customer.sub, imp: { prev: { sub: support.sub } } });
    expect(await (await portal.post({ action: "stop" })).json()).toEqual({ stopped: true, signedIn: true });
    expect(await portal.claims()).toMatchObject({ sub: support.sub });
  });

  it("refuses tampered or foreign hand-overs and writes no cookie", async () => {
    const admin = await signedIn("admin", support);
    const { redirectTo } = (await (await admin.post({ action: "start", userId: customer.sub })).json()) as { redirectTo: string };
    const portal = await signedIn("web", null);
    const forged = await portal.get(`${redirectTo}x`);
    expect(forged.headers.get("location")).toContain("code=invalid_link");
    expect(forged.headers.getSetCookie()).toEqual([]);
    expect(await portal.claims()).toBeNull();
    // The back-office itself doesn't accept hand-overs.
    expect((await admin.get(redirectTo.replace("3000", "3001"))).status).toBe(404);
    // A hand-over whose impersonation was stopped meanwhile is refused too.
    const { redirectTo: second } = (await (await admin.post({ action: "start", userId: customer.sub })).json()) as { redirectTo: string };
    await t.db.impersonationSession.updateMany({ where: { endedAt: null }, data: { endedAt: new Date() } });
    expect((await portal.get(second)).headers.get("location")).toContain("code=invalid_link");
  });
});
