import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createTestDb, type TestDb } from "@tillbox/db/testing";
import { AuthSecretError, DEVELOPMENT_AUTH_SECRET, authSecrets, isSessionCurrent, readSessionClaims, sessionClaims } from "../src/session";

describe("sessionClaims / readSessionClaims", () => {
  it("maps a user to compact claims and reads them back, refusing malformed payloads", () => {
    const claims = sessionClaims({ id: "u1", tenantId: "default", sessionVersion: 3, roles: ["user", "admin"] });
    expect(claims).toEqual({ sub: "u1", tid: "default", sv: 3, roles: ["admin", "user"] });
    expect(readSessionClaims({ ...claims, iat: 1, exp: 2 })).toEqual(claims);
    expect(readSessionClaims({ sub: "u1", tid: "default", sv: "3", roles: [] })).toBeNull();
    expect(readSessionClaims({ sub: "u1", tid: "default", sv: 1, roles: [1] })).toBeNull();
    expect(readSessionClaims(null)).toBeNull();
  });
});

describe("isSessionCurrent", () => {
  let test: TestDb;
  beforeEach(async () => {
    test = await createTestDb();
  });
  afterEach(async () => {
    await test.close();
  });

  it("accepts only an active user of the same tenant with the same sessionVersion", async () => {
    const user = await test.db.user.create({ data: { tenantId: "default", email: "ada@example.com" } });
    const claims = sessionClaims({ ...user, roles: [] });
    expect(await isSessionCurrent(test.db, claims)).toBe(true);

    expect(await isSessionCurrent(test.db, { ...claims, tid: "other" })).toBe(false);
    await test.db.user.update({ where: { id: user.id }, data: { sessionVersion: { increment: 1 } } });
    expect(await isSessionCurrent(test.db, claims)).toBe(false);
    expect(await isSessionCurrent(test.db, { ...claims, sv: 1 })).toBe(true);
    await test.db.user.update({ where: { id: user.id }, data: { status: "suspended" } });
    expect(await isSessionCurrent(test.db, { ...claims, sv: 1 })).toBe(false);
    expect(await isSessionCurrent(test.db, { ...claims, sub: "00000000-0000-0000-0000-000000000000" })).toBe(false);
  });
});

describe("authSecrets", () => {
  const strong = "k3Jx9vQ2mWn8pL5tR7yZ1aB4cD6eF0gH";
  const older = "Zz9yX8wV7uT6sR5qP4oN3mL2kJ1iH0gF";

  it("splits a comma-separated list: first signs, all verify", () => {
    expect(authSecrets({ NODE_ENV: "production", AUTH_SECRET: ` ${strong} , ${older},` })).toEqual([strong, older]);
  });

  it("falls back to a development secret outside production", () => {
    expect(authSecrets({ NODE_ENV: "development" })).toEqual([DEVELOPMENT_AUTH_SECRET]);
    expect(authSecrets({})).toEqual([DEVELOPMENT_AUTH_SECRET]);
  });

  it("refuses missing, default or short secrets in production, naming AUTH_SECRET", () => {
    expect(() => authSecrets({ NODE_ENV: "production" })).toThrow(AuthSecretError);
    expect(() => authSecrets({ NODE_ENV: "production", AUTH_SECRET: " , " })).toThrow(/^AUTH_SECRET is not set/);
    expect(() => authSecrets({ NODE_ENV: "production", AUTH_SECRET: DEVELOPMENT_AUTH_SECRET })).toThrow(/^AUTH_SECRET entry 1 is a well-known default/);
    expect(() => authSecrets({ NODE_ENV: "production", AUTH_SECRET: `${strong},changeme` })).toThrow(/^AUTH_SECRET entry 2/);
    expect(() => authSecrets({ NODE_ENV: "production", AUTH_SECRET: "short-secret" })).toThrow(/^AUTH_SECRET entry 1 is shorter than 32/);
  });
});
