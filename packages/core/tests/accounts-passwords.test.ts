import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { authenticate, changePassword, requestPasswordReset, resetPassword, signOutEverywhere, verifyPassword } from "../src";
import { createHarness, createVerifiedUser, eventsNamed, strongPassword, tenantId, type AccountsHarness } from "./accounts-fixtures";

let h: AccountsHarness;
beforeEach(async () => {
  h = await createHarness();
});
afterEach(async () => {
  await h.test.close();
});

const email = "ada@example.com";
const newPassword = "quiet-lantern-orbit-77";
const sessionVersion = async (id: string) => (await h.test.db.user.findUniqueOrThrow({ where: { id } })).sessionVersion;

describe("forgot / reset password", () => {
  it("answers known and unknown addresses identically; only the known one gets mail", async () => {
    await createVerifiedUser(h);
    const sentBefore = h.mailer.sent.length;
    const known = await requestPasswordReset(h.ctx, { tenantId, email });
    const unknown = await requestPasswordReset(h.ctx, { tenantId, email: "nobody@example.com" });
    expect(unknown).toEqual(known);
    expect(h.mailer.sent.slice(sentBefore).map((mail) => [mail.template, mail.to])).toEqual([["reset-password", email]]);
    expect(h.mailer.last("reset-password").data.url).toMatch(/^https:\/\/shop\.example\/auth\/reset-password\?token=/);
  });

  it("answers the same when the mail transport fails, reporting the failure aside", async () => {
    await createVerifiedUser(h);
    const failures: string[] = [];
    const broken = {
      ...h.ctx,
      mailer: { send: async () => Promise.reject(new Error("smtp down")) },
      onMailError: (error: unknown, message: { template: string }) => failures.push(`${message.template}: ${String(error)}`),
    };
    const known = await requestPasswordReset(broken, { tenantId, email });
    expect(known).toEqual(await requestPasswordReset(broken, { tenantId, email: "nobody@example.com" }));
    expect(failures).toEqual(["reset-password: Error: smtp down"]);
  });

  it("resets once, signs out everywhere, lifts a lockout, and records event + audit", async () => {
    const userId = await createVerifiedUser(h);
    await h.test.db.user.update({ where: { id: userId }, data: { lockedUntil: new Date(Date.now() + 600_000), failedLoginCount: 10 } });
    await requestPasswordReset(h.ctx, { tenantId, email });
    const token = h.mailer.token("reset-password");

    const result = await resetPassword(h.ctx, { tenantId, token, newPassword });
    expect(result).toEqual({ userId, sessionVersion: 1 });
    const row = await h.test.db.user.findUniqueOrThrow({ where: { id: userId } });
    expect(row.lockedUntil).toBeNull();
    expect(await verifyPassword(row.passwordHash!, newPassword)).toBe(true);
    expect((await eventsNamed(h, "user.password_changed")).map((event) => event.payload)).toEqual([{ userId, via: "reset" }]);
    expect(await h.test.db.auditLog.count({ where: { action: "user.password_changed", targetId: userId } })).toBe(1);

    await expect(resetPassword(h.ctx, { tenantId, token, newPassword: "yet-another-phrase-88" })).rejects.toMatchObject({ code: "TOKEN_INVALID" });
    expect((await authenticate(h.ctx, { tenantId, email, password: newPassword })).id).toBe(userId);
  });

  it("refuses a link older than one hour", async () => {
    await createVerifiedUser(h);
    await requestPasswordReset(h.at(-61 * 60_000), { tenantId, email });
    await expect(resetPassword(h.ctx, { tenantId, token: h.mailer.token("reset-password"), newPassword })).rejects.toMatchObject({
      code: "TOKEN_INVALID",
    });
  });

  it("keeps the link usable when the new password is rejected by the policy", async () => {
    const userId = await createVerifiedUser(h);
    await requestPasswordReset(h.ctx, { tenantId, email });
    const token = h.mailer.token("reset-password");
    await expect(resetPassword(h.ctx, { tenantId, token, newPassword: "short" })).rejects.toMatchObject({ code: "WEAK_PASSWORD" });
    expect(await sessionVersion(userId)).toBe(0);
    await resetPassword(h.ctx, { tenantId, token, newPassword });
  });

  it("lets only one of two concurrent resets with the same token through", async () => {
    await createVerifiedUser(h);
    await requestPasswordReset(h.ctx, { tenantId, email });
    const token = h.mailer.token("reset-password");
    const results = await Promise.allSettled([
      resetPassword(h.ctx, { tenantId, token, newPassword }),
      resetPassword(h.ctx, { tenantId, token, newPassword: "yet-another-phrase-88" }),
    ]);
    expect(results.filter((result) => result.status === "fulfilled")).toHaveLength(1);
    expect(await eventsNamed(h, "user.password_changed")).toHaveLength(1);
  });
});

describe("change password and sign-out everywhere", () => {
  it("changes the password after checking the current one and bumps sessionVersion", async () => {
    const userId = await createVerifiedUser(h);
    await expect(changePassword(h.ctx, { tenantId, userId, currentPassword: "wrong-password-123", newPassword })).rejects.toMatchObject({
      code: "INVALID_PASSWORD",
      message: "currentPassword is incorrect",
    });
    await expect(changePassword(h.ctx, { tenantId, userId, currentPassword: strongPassword, newPassword: strongPassword })).rejects.toMatchObject({
      code: "PASSWORD_UNCHANGED",
    });
    await requestPasswordReset(h.ctx, { tenantId, email });
    const pendingReset = h.mailer.token("reset-password");

    expect(await changePassword(h.ctx, { tenantId, userId, currentPassword: strongPassword, newPassword })).toEqual({ sessionVersion: 1 });
    expect((await eventsNamed(h, "user.password_changed")).map((event) => event.payload)).toEqual([{ userId, via: "change" }]);
    await expect(authenticate(h.ctx, { tenantId, email, password: strongPassword })).rejects.toMatchObject({ code: "INVALID_CREDENTIALS" });
    expect((await authenticate(h.ctx, { tenantId, email, password: newPassword })).sessionVersion).toBe(1);
    // A reset link requested before the change no longer works.
    await expect(resetPassword(h.ctx, { tenantId, token: pendingReset, newPassword: "yet-another-phrase-88" })).rejects.toMatchObject({
      code: "TOKEN_INVALID",
    });
  });

  it("signs out everywhere by bumping sessionVersion, audited", async () => {
    const userId = await createVerifiedUser(h);
    expect(await signOutEverywhere(h.ctx, { tenantId, userId })).toEqual({ sessionVersion: 1 });
    expect(await signOutEverywhere(h.ctx, { tenantId, userId })).toEqual({ sessionVersion: 2 });
    expect(await h.test.db.auditLog.count({ where: { action: "user.signed_out_everywhere", targetId: userId } })).toBe(2);
    await expect(signOutEverywhere(h.ctx, { tenantId: "other", userId })).rejects.toMatchObject({ code: "USER_NOT_FOUND" });
  });
});
