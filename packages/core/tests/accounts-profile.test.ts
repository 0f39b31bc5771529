import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { authenticate, createAccountsService, deleteAccount, deletedEmail, getProfile, requestPasswordReset, signUp, updateProfile } from "../src";
import { createHarness, createVerifiedUser, eventsNamed, strongPassword, tenantId, type AccountsHarness } from "./accounts-fixtures";

let h: AccountsHarness;
beforeEach(async () => {
  h = await createHarness();
});
afterEach(async () => {
  await h.test.close();
});

const email = "ada@example.com";
const address = { line1: "Hauptstr. 1", city: "Köln", postalCode: "50667", country: "de" };

describe("profile", () => {
  it("reads and patches the profile, normalising country and VAT id, auditing field names only", async () => {
    const userId = await createVerifiedUser(h);
    const profile = await updateProfile(h.ctx, {
      tenantId,
      userId,
      patch: { company: "Ada GmbH", billingAddress: address, vatId: "de 123.456.789", country: "de", locale: "de" },
    });
    expect(profile).toEqual({
      id: userId,
      email,
      emailVerified: true,
      name: "Ada",
      company: "Ada GmbH",
      billingAddress: { ...address, country: "DE" },
      vatId: "DE123456789",
      country: "DE",
      locale: "de",
    });
    expect(await getProfile(h.ctx, { tenantId, userId })).toEqual(profile);
    expect(await createAccountsService(h.ctx).getProfile({ tenantId, userId })).toEqual(profile);
    await expect(getProfile(h.ctx, { tenantId: "other", userId })).rejects.toMatchObject({ code: "USER_NOT_FOUND" });
    const audit = await h.test.db.auditLog.findFirstOrThrow({ where: { action: "user.profile_updated" } });
    expect(audit.data).toEqual({ fields: ["company", "billingAddress", "vatId", "country", "locale"] });

    const cleared = await updateProfile(h.ctx, { tenantId, userId, patch: { company: null, billingAddress: null } });
    expect(cleared).toMatchObject({ name: "Ada", company: null, billingAddress: null, vatId: "DE123456789" });
  });

  it("audits an edit made while impersonating under the admin, with the user as target", async () => {
    const userId = await createVerifiedUser(h);
    const admin = await h.test.db.user.create({ data: { tenantId, email: "support@example.com" } });
    await updateProfile(h.ctx, {
      tenantId,
      userId,
      patch: { company: "Helped GmbH" },
      origin: { impersonatedBy: admin.id, ip: "203.0.113.9", userAgent: "vitest" },
    });
    await updateProfile(h.ctx, { tenantId, userId, patch: { company: "Own GmbH" } });
    const audit = await h.test.db.auditLog.findMany({ where: { action: "user.profile_updated" }, orderBy: { createdAt: "asc" } });
    expect(audit.map((entry) => [entry.actorId, entry.targetId, entry.data, entry.ip, entry.userAgent])).toEqual([
      [admin.id, userId, { fields: ["company"], impersonation: true }, "203.0.113.9", "vitest"],
      [userId, userId, { fields: ["company"] }, null, null],
    ]);
  });

  it("rejects invalid fields, naming their paths", async () => {
    const userId = await createVerifiedUser(h);
    await expect(updateProfile(h.ctx, { tenantId, userId, patch: { vatId: "US123456", billingAddress: { ...address, country: "XX" } } })).rejects.toMatchObject(
      { code: "INVALID_PROFILE", message: expect.stringMatching(/billingAddress\.country .*vatId |vatId .*billingAddress\.country /) },
    );
    await expect(updateProfile(h.ctx, { tenantId, userId, patch: { locale: "fr" as "en" } })).rejects.toMatchObject({
      message: expect.stringMatching(/^locale /),
    });
    await expect(updateProfile(h.ctx, { tenantId, userId, patch: { email: "x@y.z" } as never })).rejects.toMatchObject({
      code: "INVALID_PROFILE",
    });
    expect((await getProfile(h.ctx, { tenantId, userId })).vatId).toBeNull();
  });
});

describe("delete account", () => {
  it("anonymises the user but keeps the row, revokes tokens and API keys, and signs out everywhere", async () => {
    const userId = await createVerifiedUser(h);
    await updateProfile(h.ctx, { tenantId, userId, patch: { company: "Ada GmbH", billingAddress: address, vatId: "DE123456789", country: "DE" } });
    const role = await h.test.db.role.create({ data: { tenantId, key: "admin", name: "Admin", scopes: ["audit:read"] } });
    await h.test.db.userRole.create({ data: { tenantId, userId, roleId: role.id } });
    await h.test.db.apiKey.create({ data: { tenantId, userId, name: "ci", prefix: "tbx_abc123", keyHash: "x", scopes: [] } });
    await requestPasswordReset(h.ctx, { tenantId, email });

    await expect(deleteAccount(h.ctx, { tenantId, userId, password: "wrong-password-123" })).rejects.toMatchObject({ code: "INVALID_PASSWORD" });
    expect(await deleteAccount(h.ctx, { tenantId, userId, password: strongPassword })).toEqual({ userId });

    const row = await h.test.db.user.findUniqueOrThrow({ where: { id: userId } });
    expect(row).toMatchObject({
      email: deletedEmail(userId),
      name: null,
      company: null,
      billingAddress: null,
      vatId: null,
      passwordHash: null,
      emailVerifiedAt: null,
      status: "deleted",
      sessionVersion: 1,
      country: "DE",
    });
    expect(row.deletedAt).toBeInstanceOf(Date);
    expect(await h.test.db.authToken.count({ where: { userId } })).toBe(0);
    expect(await h.test.db.apiKey.count({ where: { userId, revokedAt: null } })).toBe(0);
    expect(await h.test.db.userRole.count({ where: { userId } })).toBe(0);
    expect((await eventsNamed(h, "user.deleted")).map((event) => event.payload)).toEqual([{ userId }]);
    expect(await h.test.db.auditLog.count({ where: { action: "user.deleted", targetId: userId } })).toBe(1);
    expect(h.mailer.last("account-deleted").to).toBe(email);

    await expect(authenticate(h.ctx, { tenantId, email, password: strongPassword })).rejects.toMatchObject({ code: "INVALID_CREDENTIALS" });
    // The address is free again for a brand-new account.
    await signUp(h.ctx, { tenantId, email, password: strongPassword });
    expect(await h.test.db.user.count()).toBe(2);
  });

  it("rolls back completely when a write fails mid-way", async () => {
    const userId = await createVerifiedUser(h);
    await h.test.db.$executeRawUnsafe(`
      CREATE FUNCTION fail_outbox() RETURNS trigger AS $$ BEGIN RAISE EXCEPTION 'outbox unavailable'; END $$ LANGUAGE plpgsql`);
    await h.test.db.$executeRawUnsafe(`CREATE TRIGGER fail_outbox BEFORE INSERT ON outbox_event FOR EACH ROW EXECUTE FUNCTION fail_outbox()`);

    await expect(deleteAccount(h.ctx, { tenantId, userId, password: strongPassword })).rejects.toThrow(/outbox unavailable/);
    const row = await h.test.db.user.findUniqueOrThrow({ where: { id: userId } });
    expect(row).toMatchObject({ email, name: "Ada", status: "active", sessionVersion: 0 });
    expect(await h.test.db.auditLog.count({ where: { action: "user.deleted" } })).toBe(0);
    expect(h.mailer.sent.filter((mail) => mail.template === "account-deleted")).toHaveLength(0);
  });
});
