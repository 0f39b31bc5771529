import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { encode, decode } from "next-auth/jwt";
import { createTestDb, type TestDb } from "@tillbox/db/testing";
import { authCookieNames, jwtCallback, sessionClaims, signSessionUpdate, verifySessionUpdate, type SessionClaims } from "../src/session";

const oldSecret = "Zz9yX8wV7uT6sR5qP4oN3mL2kJ1iH0gF";
const newSecret = "k3Jx9vQ2mWn8pL5tR7yZ1aB4cD6eF0gH";
const env = { NODE_ENV: "test", AUTH_SECRET: newSecret };

let t: TestDb;
beforeEach(async () => {
  t = await createTestDb();
});
afterEach(async () => {
  await t.close();
});

async function user(email: string) {
  const row = await t.db.user.create({ data: { tenantId: "default", email, name: email.split("@")[0] } });
  return { row, claims: sessionClaims({ ...row, roles: ["user"] }) };
}

describe("jwt callback", () => {
  it("issues claims at sign-in, keeps a current token, and signs out once sessionVersion moves on", async () => {
    const { row, claims } = await user("ada@example.com");
    const issued = await jwtCallback(t.db, { token: {}, user: { ...row, roles: ["user"] }, trigger: "signIn" }, env);
    expect(issued).toMatchObject({ ...claims, email: "ada@example.com" });

    const token = { ...issued!, iat: 1, exp: 2, jti: "x" };
    expect(await jwtCallback(t.db, { token }, env)).toMatchObject({ sub: row.id, jti: "x" });
    await t.db.user.update({ where: { id: row.id }, data: { sessionVersion: { increment: 1 } } });
    expect(await jwtCallback(t.db, { token }, env)).toBeNull();
    expect(await jwtCallback(t.db, { token: { sub: "not-a-uuid", tid: "default", sv: 0, roles: [] } }, env)).toBeNull();
    expect(await jwtCallback(t.db, { token: { garbage: true } }, env)).toBeNull();
  });

  it("applies only server-signed session switches bound to the current subject", async () => {
    const ada = await user("ada@example.com");
    const bob = await user("bob@example.com");
    const token = { ...ada.claims };
    // A browser POST to /api/auth/session with made-up claims changes nothing.
    expect(await jwtCallback(t.db, { token, trigger: "update", session: { ...bob.claims } }, env)).toMatchObject({ sub: ada.row.id });
    expect(await jwtCallback(t.db, { token, trigger: "update", session: { switch: "forged.token" } }, env)).toMatchObject({ sub: ada.row.id });
    // Signed for someone else's session: ignored.
    const foreign = signSessionUpdate(bob.claims, bob.row.id, env);
    expect(await jwtCallback(t.db, { token, trigger: "update", session: { switch: foreign } }, env)).toMatchObject({ sub: ada.row.id });
    // Signed for this session: applied, with the new subject's display fields.
    const granted = signSessionUpdate(bob.claims, ada.row.id, env);
    expect(await jwtCallback(t.db, { token, trigger: "update", session: { switch: granted } }, env)).toMatchObject({
      sub: bob.row.id,
      email: "bob@example.com",
    });
    const signOut = signSessionUpdate(null, ada.row.id, env);
    expect(await jwtCallback(t.db, { token, trigger: "update", session: { switch: signOut } }, env)).toBeNull();
  });

  it("returns to the admin's own session once the impersonation ends", async () => {
    const admin = await user("admin@example.com");
    const customer = await user("customer@example.com");
    const open = await t.db.impersonationSession.create({ data: { tenantId: "default", adminId: admin.row.id, targetUserId: customer.row.id } });
    const token: SessionClaims = { ...customer.claims, imp: { sessionId: open.id, adminId: admin.row.id, prev: admin.claims } };
    expect(await jwtCallback(t.db, { token: { ...token } }, env)).toMatchObject({ sub: customer.row.id, imp: { sessionId: open.id } });
    await t.db.impersonationSession.update({ where: { id: open.id }, data: { endedAt: new Date() } });
    const back = await jwtCallback(t.db, { token: { ...token } }, env);
    expect(back).toMatchObject({ sub: admin.row.id, email: "admin@example.com" });
    expect(back?.imp).toBeUndefined();
    // Without a previous session (a hand-over into the portal), the browser is signed out.
    expect(await jwtCallback(t.db, { token: { ...token, imp: { ...token.imp!, prev: null } } }, env)).toBeNull();
  });
});

describe("secret rotation", () => {
  it("verifies Auth.js tokens and session switches signed with an older secret while it is listed", async () => {
    const salt = authCookieNames("web", false).sessionToken;
    const jwt = await encode({ token: { sub: "u1", tid: "default" }, secret: oldSecret, salt });
    expect(await decode({ token: jwt, secret: [newSecret, oldSecret], salt })).toMatchObject({ sub: "u1" });
    await expect(decode({ token: jwt, secret: [newSecret], salt })).rejects.toThrow();
    // The admin cookie's salt differs: a web token is not an admin token.
    await expect(decode({ token: jwt, secret: [oldSecret], salt: authCookieNames("admin", false).sessionToken })).rejects.toThrow();

    const switched = signSessionUpdate(null, "u1", { AUTH_SECRET: oldSecret });
    expect(verifySessionUpdate(switched, { AUTH_SECRET: `${newSecret},${oldSecret}` })).toMatchObject({ from: "u1", claims: null });
    expect(verifySessionUpdate(switched, { AUTH_SECRET: newSecret })).toBeNull();
    expect(verifySessionUpdate(switched, { AUTH_SECRET: oldSecret }, Date.now() + 61_000)).toBeNull();
  });
});
