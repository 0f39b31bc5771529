import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { authenticate, hashToken, resendVerification, signUp, verifyEmail } from "../src";
import { createHarness, eventsNamed, strongPassword, tenantId, type AccountsHarness } from "./accounts-fixtures";

let h: AccountsHarness;
beforeEach(async () => {
  h = await createHarness();
});
afterEach(async () => {
  await h.test.close();
});

describe("sign-up", () => {
  it("creates an unverified user with the user role, an event, an audit entry and a verify mail", async () => {
    await h.test.db.role.create({ data: { tenantId, key: "user", name: "User", scopes: [] } });
    const result = await signUp(h.ctx, { tenantId, email: "  Ada@Example.COM ", password: strongPassword, name: "Ada", locale: "de" });

    expect(result).toEqual({ status: "accepted" });
    const user = await h.test.db.user.findUniqueOrThrow({
      where: { tenantId_email: { tenantId, email: "ada@example.com" } },
      include: { roles: { include: { role: true } } },
    });
    expect(user.emailVerifiedAt).toBeNull();
    expect(user.passwordHash).toMatch(/^\$argon2id\$/);
    expect(user.locale).toBe("de");
    expect(user.roles.map((assignment) => assignment.role.key)).toEqual(["user"]);
    expect((await eventsNamed(h, "user.signed_up")).map((event) => event.payload)).toEqual([{ userId: user.id, method: "password" }]);
    expect(await h.test.db.auditLog.count({ where: { action: "user.signed_up", targetId: user.id } })).toBe(1);

    const mail = h.mailer.last("verify-email");
    expect(mail).toMatchObject({ to: "ada@example.com", locale: "de", data: { name: "Ada" } });
    expect(mail.data.url).toMatch(/^https:\/\/shop\.example\/auth\/verify\?token=[A-Za-z0-9_-]{43}$/);
    // Only the digest is stored.
    const token = h.mailer.token("verify-email");
    const row = await h.test.db.authToken.findFirstOrThrow({ where: { userId: user.id } });
    expect(row.tokenHash).toBe(hashToken(token));
    expect(row.tokenHash).not.toContain(token);
    expect(row.expiresAt.getTime() - row.createdAt.getTime()).toBeGreaterThan(47.9 * 3600_000);
  });

  it("works without a user role row", async () => {
    await signUp(h.ctx, { tenantId, email: "solo@example.com", password: strongPassword });
    expect(await h.test.db.userRole.count()).toBe(0);
    expect(await h.test.db.user.count()).toBe(1);
  });

  it("answers a taken address exactly like a new one and mails an account-exists notice instead", async () => {
    const first = await signUp(h.ctx, { tenantId, email: "ada@example.com", password: strongPassword });
    const second = await signUp(h.ctx, { tenantId, email: "ADA@example.com", password: "another-long-phrase-9" });

    expect(second).toEqual(first);
    expect(await h.test.db.user.count()).toBe(1);
    expect(h.mailer.sent.map((mail) => mail.template)).toEqual(["verify-email", "account-exists"]);
    expect(h.mailer.last("account-exists").data.url).toBe("https://shop.example/auth/sign-in");
    expect(await eventsNamed(h, "user.signed_up")).toHaveLength(1);
  });

  it("rejects weak passwords and invalid emails naming the field, creating nothing", async () => {
    await expect(signUp(h.ctx, { tenantId, email: "ada@example.com", password: "password1234" })).rejects.toMatchObject({
      code: "WEAK_PASSWORD",
      message: expect.stringMatching(/^password /),
    });
    await expect(signUp(h.ctx, { tenantId, email: "not-an-email", password: strongPassword })).rejects.toMatchObject({
      code: "INVALID_EMAIL",
      message: "email must be a valid email address",
    });
    expect(await h.test.db.user.count()).toBe(0);
    expect(h.mailer.sent).toHaveLength(0);
  });

  it("rolls everything back when a write inside the transaction fails", async () => {
    // A real failure at the last write (audit) of the sign-up transaction.
    await h.test.db.$executeRawUnsafe(`
      CREATE FUNCTION fail_audit() RETURNS trigger AS $$ BEGIN RAISE EXCEPTION 'audit unavailable'; END $$ LANGUAGE plpgsql`);
    await h.test.db.$executeRawUnsafe(`CREATE TRIGGER fail_audit BEFORE INSERT ON audit_log FOR EACH ROW EXECUTE FUNCTION fail_audit()`);

    await expect(signUp(h.ctx, { tenantId, email: "ada@example.com", password: strongPassword })).rejects.toThrow(/audit unavailable/);

    expect(await h.test.db.user.count()).toBe(0);
    expect(await h.test.db.outboxEvent.count()).toBe(0);
    expect(await h.test.db.authToken.count()).toBe(0);
    expect(h.mailer.sent).toHaveLength(0);
  });
});

describe("email verification", () => {
  it("verifies once; the link cannot be reused", async () => {
    await signUp(h.ctx, { tenantId, email: "ada@example.com", password: strongPassword });
    const token = h.mailer.token("verify-email");

    const { userId } = await verifyEmail(h.ctx, { tenantId, token });
    const user = await h.test.db.user.findUniqueOrThrow({ where: { id: userId } });
    expect(user.emailVerifiedAt).toBeInstanceOf(Date);
    expect((await eventsNamed(h, "user.email_verified")).map((event) => event.payload)).toEqual([{ userId }]);
    expect(await h.test.db.auditLog.count({ where: { action: "user.email_verified" } })).toBe(1);

    await expect(verifyEmail(h.ctx, { tenantId, token })).rejects.toMatchObject({ code: "TOKEN_INVALID" });
    await expect(verifyEmail(h.ctx, { tenantId, token: "made-up" })).rejects.toMatchObject({ code: "TOKEN_INVALID" });
  });

  it("refuses an expired link (48 h)", async () => {
    await signUp(h.at(-49 * 3600_000), { tenantId, email: "ada@example.com", password: strongPassword });
    await expect(verifyEmail(h.ctx, { tenantId, token: h.mailer.token("verify-email") })).rejects.toMatchObject({ code: "TOKEN_INVALID" });
  });

  it("refuses a token of another tenant", async () => {
    await h.test.db.tenant.create({ data: { id: "other", slug: "other", name: "Other" } });
    await signUp(h.ctx, { tenantId, email: "ada@example.com", password: strongPassword });
    await expect(verifyEmail(h.ctx, { tenantId: "other", token: h.mailer.token("verify-email") })).rejects.toMatchObject({
      code: "TOKEN_INVALID",
    });
  });

  it("blocks password sign-in until verified, but only after a correct password", async () => {
    await signUp(h.ctx, { tenantId, email: "ada@example.com", password: strongPassword });
    await expect(authenticate(h.ctx, { tenantId, email: "ada@example.com", password: "wrong-password-123" })).rejects.toMatchObject({
      code: "INVALID_CREDENTIALS",
    });
    await expect(authenticate(h.ctx, { tenantId, email: "ada@example.com", password: strongPassword })).rejects.toMatchObject({
      code: "EMAIL_NOT_VERIFIED",
    });
  });

  it("resends a fresh link that replaces the old one; same answer for unknown addresses", async () => {
    await signUp(h.ctx, { tenantId, email: "ada@example.com", password: strongPassword });
    const oldToken = h.mailer.token("verify-email");

    const known = await resendVerification(h.ctx, { tenantId, email: "ada@example.com" });
    const unknown = await resendVerification(h.ctx, { tenantId, email: "nobody@example.com" });
    expect(unknown).toEqual(known);

    const newToken = h.mailer.token("verify-email");
    expect(newToken).not.toBe(oldToken);
    expect(h.mailer.sent.filter((mail) => mail.to === "nobody@example.com")).toHaveLength(0);
    await expect(verifyEmail(h.ctx, { tenantId, token: oldToken })).rejects.toMatchObject({ code: "TOKEN_INVALID" });
    await verifyEmail(h.ctx, { tenantId, token: newToken });

    const afterVerified = h.mailer.sent.length;
    await resendVerification(h.ctx, { tenantId, email: "ada@example.com" });
    expect(h.mailer.sent).toHaveLength(afterVerified);
  });
});
