import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { sessionClaims } from "@tillbox/auth/session";
import { LOCALE_COOKIE } from "@tillbox/config/locale";
import { createTestDb, type TestDb } from "@tillbox/db/testing";
import { chooseLocaleFor } from "../src/user-locale";

let t: TestDb;
beforeEach(async () => {
  t = await createTestDb();
});
afterEach(() => t.close());

function cookieJar() {
  const set = new Map<string, string>();
  return { set: (name: string, value: string) => void set.set(name, value), values: set };
}

describe("the locale switcher's action", () => {
  it("sets the cookie for a visitor and stores the choice on a signed-in account, but not while impersonating", async () => {
    const user = await t.db.user.create({ data: { tenantId: "default", email: "lena@example.test" } });
    const claims = sessionClaims({ ...user, roles: [] });

    const visitor = cookieJar();
    expect(await chooseLocaleFor(null, "de", visitor, t.db)).toBeUndefined();
    expect(visitor.values.get(LOCALE_COOKIE)).toBe("de");

    await chooseLocaleFor({ claims }, "de", cookieJar(), t.db);
    expect((await t.db.user.findUniqueOrThrow({ where: { id: user.id } })).locale).toBe("de");

    await chooseLocaleFor({ claims: { ...claims, imp: { sessionId: "s1", adminId: "admin-1", prev: null } } }, "en", cookieJar(), t.db);
    expect((await t.db.user.findUniqueOrThrow({ where: { id: user.id } })).locale).toBe("de");
  });

  it("answers a locale the apps don't carry with an error naming the field, and changes nothing", async () => {
    const jar = cookieJar();
    expect(await chooseLocaleFor(null, "xx", jar, t.db)).toEqual({ error: "locale: must be one of en, de" });
    expect(jar.values.size).toBe(0);
  });
});
