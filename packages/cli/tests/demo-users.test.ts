import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { authenticate, ensureBuiltinRoles, type Mailer } from "@tillbox/core";
import { allScopes } from "@tillbox/api";
import { createTestDb, type TestDb } from "@tillbox/db/testing";
import { demoUsers, seedDemoUsers } from "../src/demo-users";

const tenantId = "default";
let t: TestDb;
const mailer: Mailer = { send: async () => undefined };

beforeAll(async () => {
  t = await createTestDb();
  await ensureBuiltinRoles(t.db, tenantId, allScopes());
});
afterAll(async () => {
  await t.close();
});

describe("demo users seed", () => {
  it("creates the three verified demo logins once, with their roles, and changes nothing on a second run", async () => {
    expect(await seedDemoUsers(t.db, tenantId)).toEqual(["owner@tillbox.dev", "support@tillbox.dev", "customer@tillbox.dev"]);
    const before = await t.db.user.findMany({ where: { tenantId }, include: { roles: { include: { role: true } } }, orderBy: { email: "asc" } });
    expect(await seedDemoUsers(t.db, tenantId)).toEqual([]);
    const after = await t.db.user.findMany({ where: { tenantId }, include: { roles: { include: { role: true } } }, orderBy: { email: "asc" } });
    expect(after).toEqual(before);
    expect(after.map((user) => [user.email, user.roles.map((assignment) => assignment.role.key), Boolean(user.emailVerifiedAt)])).toEqual([
      ["customer@tillbox.dev", ["user"], true],
      ["owner@tillbox.dev", ["owner"], true],
      ["support@tillbox.dev", ["support"], true],
    ]);
  });

  it("lets each demo login sign in with the documented password", async () => {
    for (const demo of demoUsers) {
      const user = await authenticate({ db: t.db, mailer, webUrl: "http://localhost:3000" }, { tenantId, email: demo.email, password: demo.password });
      expect(user.roles).toEqual([demo.role]);
    }
  });

  it("never seeds known passwords in production", async () => {
    const previous = process.env.NODE_ENV;
    process.env.NODE_ENV = "production";
    try {
      await t.db.user.deleteMany({ where: { email: "customer@tillbox.dev" } });
      expect(await seedDemoUsers(t.db, tenantId)).toEqual([]);
      expect(await t.db.user.count({ where: { email: "customer@tillbox.dev" } })).toBe(0);
    } finally {
      process.env.NODE_ENV = previous;
    }
  });
});
