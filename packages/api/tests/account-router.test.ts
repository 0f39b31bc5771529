import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { ZodError } from "zod";
import { authenticate, deletedEmail } from "@tillbox/core";
import { createTestDb, type TestDb } from "@tillbox/db/testing";
import type { Actor } from "@tillbox/trpc";
import { callerFor, createUser, mailFrom, resetTestServices, strongPassword, tenantId, tokenOf, userActor, useTestServices } from "./accounts-helpers";

let t: TestDb;
const accounts = () => ({ db: t.db, mailer: { send: async () => {} }, webUrl: "http://localhost:3000" });

beforeAll(async () => {
  t = await createTestDb();
}, 60_000);
beforeEach(() => useTestServices(t.db));
afterEach(resetTestServices);
afterAll(() => t?.close());

const as = (actor: Actor | undefined) => callerFor(t.db, actor);
const domain = (code: string) => ({ cause: expect.objectContaining({ code }) });

describe("account router: who may call it", () => {
  const calls = {
    me: (caller: ReturnType<typeof as>) => caller.account.me(),
    updateProfile: (caller: ReturnType<typeof as>) => caller.account.updateProfile({ name: "X" }),
    changePassword: (caller: ReturnType<typeof as>) => caller.account.changePassword({ currentPassword: strongPassword, newPassword: "x".repeat(20) }),
    requestEmailChange: (caller: ReturnType<typeof as>) => caller.account.requestEmailChange({ newEmail: "x@example.com", currentPassword: strongPassword }),
    signOutEverywhere: (caller: ReturnType<typeof as>) => caller.account.signOutEverywhere(),
    deleteAccount: (caller: ReturnType<typeof as>) => caller.account.deleteAccount({ password: strongPassword, confirm: "DELETE" }),
  };

  it.each(Object.keys(calls))("%s refuses anonymous and system (user-less) callers with UNAUTHORIZED", async (name) => {
    const call = calls[name as keyof typeof calls];
    await expect(call(as(undefined))).rejects.toMatchObject({ code: "UNAUTHORIZED" });
    await expect(call(as({ kind: "system", id: null, permissions: "all" }))).rejects.toMatchObject({ code: "UNAUTHORIZED" });
  });

  it("declares the signed-in permission on every procedure", async () => {
    const { appRouter } = await import("../src/root");
    const procedures = Object.entries(appRouter._def.procedures as unknown as Record<string, { _def: { meta?: { permission?: string } } }>);
    const account = procedures.filter(([path]) => path.startsWith("account."));
    expect(account.map(([path]) => path).sort()).toEqual(
      Object.keys(calls)
        .map((name) => `account.${name}`)
        .sort(),
    );
    for (const [, procedure] of account) expect(procedure._def.meta?.permission).toBe("signed-in");
  });

  it("keeps credentials to the owner's own session: no API keys, not while impersonated", async () => {
    const user = await createUser(t.db, "guarded@example.com");
    const admin = await createUser(t.db, "support-admin@example.com");
    const viaKey = as({ kind: "api-key", id: user.id, permissions: new Set() });
    const impersonated = as(userActor(user.id, { impersonatedBy: admin.id }));
    for (const name of ["changePassword", "requestEmailChange", "signOutEverywhere", "deleteAccount"] as const) {
      await expect(calls[name](viaKey), name).rejects.toMatchObject({ code: "FORBIDDEN", ...domain("SESSION_REQUIRED") });
      await expect(calls[name](impersonated), name).rejects.toMatchObject({ code: "FORBIDDEN", ...domain("IMPERSONATION_FORBIDDEN") });
    }
    expect(await t.db.user.findUniqueOrThrow({ where: { id: user.id } })).toMatchObject({ status: "active", sessionVersion: user.sessionVersion });
    // Reading and the profile stay available to both.
    await expect(calls.me(viaKey)).resolves.toMatchObject({ id: user.id, via: "api-key" });
    await expect(impersonated.account.updateProfile({ company: "Helped GmbH" })).resolves.toMatchObject({ company: "Helped GmbH" });
    // The edit is the admin's in the audit log; the user is its target.
    const audit = await t.db.auditLog.findFirstOrThrow({ where: { action: "user.profile_updated", targetId: user.id } });
    expect(audit).toMatchObject({ actorId: admin.id, targetId: user.id, data: { fields: ["company"], impersonation: true } });
  });
});

describe("account router: profile", () => {
  it("me returns the profile, roles, scopes and the impersonation banner data", async () => {
    const user = await createUser(t.db, "me@example.com");
    const role = await t.db.role.create({ data: { tenantId, key: "reader", name: "Reader", scopes: ["invoices:read"] } });
    await t.db.userRole.create({ data: { tenantId, userId: user.id, roleId: role.id } });
    const actor: Actor = { kind: "user", id: user.id, permissions: new Set(["users:read", "audit:read"]) };

    const me = await as(actor).account.me();
    expect(me).toMatchObject({ id: user.id, email: "me@example.com", emailVerified: true, name: "Ada", roles: ["reader"], impersonation: null, via: "user" });
    expect(me.scopes).toEqual(["audit:read", "users:read"]);
    expect(me).not.toHaveProperty("passwordHash");

    const admin = await createUser(t.db, "admin-of-me@example.com");
    const session = await t.db.impersonationSession.create({ data: { tenantId, adminId: admin.id, targetUserId: user.id } });
    const seen = await as(userActor(user.id, { impersonatedBy: admin.id })).account.me();
    expect(seen.impersonation).toEqual({
      adminId: admin.id,
      adminEmail: "admin-of-me@example.com",
      adminName: "Ada",
      sessionId: session.id,
      expiresAt: new Date(session.startedAt.getTime() + 60 * 60 * 1000),
    });
  });

  it("updateProfile patches the profile and names the invalid field", async () => {
    const user = await createUser(t.db, "profile@example.com");
    const caller = as(userActor(user.id));
    const updated = await caller.account.updateProfile({
      company: "Acme GmbH",
      vatId: "de 123.456.789",
      country: "de",
      locale: "de",
      billingAddress: { line1: "Hauptstr. 1", city: "Berlin", postalCode: "10115", country: "DE" },
    });
    expect(updated).toMatchObject({ name: "Ada", company: "Acme GmbH", vatId: "DE123456789", country: "DE", locale: "de" });
    expect(await caller.account.updateProfile({ billingAddress: null, company: null })).toMatchObject({
      billingAddress: null,
      company: null,
      vatId: "DE123456789",
    });

    const bad = caller.account.updateProfile({ billingAddress: { line1: "x", city: "y", postalCode: "1", country: "ZZ" } });
    await expect(bad).rejects.toMatchObject({ code: "BAD_REQUEST" });
    const error = await bad.catch((caught: { cause?: unknown }) => caught.cause);
    expect(error).toBeInstanceOf(ZodError);
    expect((error as ZodError).issues[0]?.path).toEqual(["billingAddress", "country"]);
    await expect(caller.account.updateProfile({ passwordHash: "x" } as never)).rejects.toMatchObject({ code: "BAD_REQUEST" });
  });
});

describe("account router: credentials and the account itself", () => {
  it("changePassword checks the current password and returns the new sessionVersion", async () => {
    const user = await createUser(t.db, "changer@example.com");
    const caller = as(userActor(user.id));
    const next = "changed tillbox passphrase 9";
    await expect(caller.account.changePassword({ currentPassword: "wrong wrong wrong", newPassword: next })).rejects.toMatchObject(domain("INVALID_PASSWORD"));
    await expect(caller.account.changePassword({ currentPassword: strongPassword, newPassword: "short" })).rejects.toMatchObject(domain("WEAK_PASSWORD"));
    expect(await caller.account.changePassword({ currentPassword: strongPassword, newPassword: next })).toEqual({ sessionVersion: user.sessionVersion + 1 });
    await expect(authenticate(accounts(), { tenantId, email: "changer@example.com", password: next })).resolves.toMatchObject({
      sessionVersion: user.sessionVersion + 1,
    });
  });

  it("requestEmailChange mails the new address; auth.confirmEmailChange switches and tells the old one", async () => {
    const user = await createUser(t.db, "old-address@example.com");
    const caller = as(userActor(user.id));
    await expect(caller.account.requestEmailChange({ newEmail: "new-address@example.com", currentPassword: "not my password" })).rejects.toMatchObject(
      domain("INVALID_PASSWORD"),
    );
    const mail = await mailFrom(t.db, "new-address@example.com", () =>
      caller.account.requestEmailChange({ newEmail: "New-Address@example.com", currentPassword: strongPassword }),
    );
    expect(mail?.template).toBe("change-email");
    expect((await t.db.user.findUniqueOrThrow({ where: { id: user.id } })).email).toBe("old-address@example.com");

    const notice = await mailFrom(t.db, "old-address@example.com", () =>
      as(undefined).auth.confirmEmailChange({ token: tokenOf(mail, "/auth/confirm-email-change") }),
    );
    expect(notice?.template).toBe("email-changed");
    expect((await as(userActor(user.id)).account.me()).email).toBe("new-address@example.com");
  });

  it("signOutEverywhere bumps the sessionVersion", async () => {
    const user = await createUser(t.db, "everywhere@example.com");
    expect(await as(userActor(user.id)).account.signOutEverywhere()).toEqual({ sessionVersion: user.sessionVersion + 1 });
  });

  it("deleteAccount needs the password and the typed confirmation, then anonymises the account", async () => {
    const user = await createUser(t.db, "leaving@example.com");
    await t.db.user.update({ where: { id: user.id }, data: { company: "Leaving Ltd", vatId: "DE999999999", country: "DE" } });
    const caller = as(userActor(user.id));
    await expect(caller.account.deleteAccount({ password: strongPassword, confirm: "delete" as "DELETE" })).rejects.toMatchObject({
      code: "BAD_REQUEST",
      cause: expect.objectContaining({ issues: [expect.objectContaining({ path: ["confirm"], message: 'confirm must be "DELETE"' })] }),
    });
    await expect(caller.account.deleteAccount({ password: "not the password", confirm: "DELETE" })).rejects.toMatchObject(domain("INVALID_PASSWORD"));

    const notice = await mailFrom(t.db, "leaving@example.com", async () => {
      expect(await caller.account.deleteAccount({ password: strongPassword, confirm: "DELETE" })).toEqual({ status: "deleted" });
    });
    expect(notice?.template).toBe("account-deleted");
    const row = await t.db.user.findUniqueOrThrow({ where: { id: user.id } });
    expect(row).toMatchObject({ status: "deleted", email: deletedEmail(user.id), name: null, company: null, vatId: null, passwordHash: null, country: "DE" });
    // The deleted account can't be used any more, even by a session that still names it.
    await expect(caller.account.me()).rejects.toMatchObject({ code: "NOT_FOUND" });
  });
});
