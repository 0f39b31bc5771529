import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { authenticate, confirmEmailChange, consumeMagicLink, requestEmailChange, requestMagicLink, signUp } from "../src";
import { createHarness, createVerifiedUser, eventsNamed, strongPassword, tenantId, type AccountsHarness } from "./accounts-fixtures";

let h: AccountsHarness;
beforeEach(async () => {
  h = await createHarness();
});
afterEach(async () => {
  await h.test.close();
});

const email = "ada@example.com";

describe("change email", () => {
  it("mails the new address, switches on confirm, and notifies the old address", async () => {
    const userId = await createVerifiedUser(h);
    await expect(requestEmailChange(h.ctx, { tenantId, userId, newEmail: "new@example.com", currentPassword: "wrong-password-123" })).rejects.toMatchObject({
      code: "INVALID_PASSWORD",
    });

    await requestEmailChange(h.ctx, { tenantId, userId, newEmail: " New@Example.com", currentPassword: strongPassword });
    const mail = h.mailer.last("change-email");
    expect(mail.to).toBe("new@example.com");
    expect(mail.data.url).toMatch(/^https:\/\/shop\.example\/auth\/confirm-email-change\?token=/);
    // Nothing changes before the new address is proven.
    expect((await h.test.db.user.findUniqueOrThrow({ where: { id: userId } })).email).toBe(email);

    const token = h.mailer.token("change-email");
    expect(await confirmEmailChange(h.ctx, { tenantId, token })).toEqual({ userId });
    const row = await h.test.db.user.findUniqueOrThrow({ where: { id: userId } });
    expect(row.email).toBe("new@example.com");
    expect(h.mailer.last("email-changed").to).toBe(email);
    expect((await eventsNamed(h, "user.email_changed")).map((event) => event.payload)).toEqual([{ userId }]);
    expect(await h.test.db.auditLog.count({ where: { action: "user.email_changed", targetId: userId } })).toBe(1);
    await expect(confirmEmailChange(h.ctx, { tenantId, token })).rejects.toMatchObject({ code: "TOKEN_INVALID" });
    expect((await authenticate(h.ctx, { tenantId, email: "new@example.com", password: strongPassword })).id).toBe(userId);
  });

  it("does not reveal that the new address is taken, and never hands it over", async () => {
    const userId = await createVerifiedUser(h);
    await createVerifiedUser(h, "taken@example.com");
    const free = await requestEmailChange(h.ctx, { tenantId, userId, newEmail: "free@example.com", currentPassword: strongPassword });
    const taken = await requestEmailChange(h.ctx, { tenantId, userId, newEmail: "taken@example.com", currentPassword: strongPassword });
    expect(taken).toEqual(free);
    expect(h.mailer.last("account-exists").to).toBe("taken@example.com");
    expect(h.mailer.sent.filter((mail) => mail.template === "change-email" && mail.to === "taken@example.com")).toHaveLength(0);
  });

  it("fails with EMAIL_TAKEN when the address got registered in between, leaving the link unused", async () => {
    const userId = await createVerifiedUser(h);
    await requestEmailChange(h.ctx, { tenantId, userId, newEmail: "race@example.com", currentPassword: strongPassword });
    await signUp(h.ctx, { tenantId, email: "race@example.com", password: "another-long-phrase-9" });
    await expect(confirmEmailChange(h.ctx, { tenantId, token: h.mailer.token("change-email") })).rejects.toMatchObject({
      code: "EMAIL_TAKEN",
    });
    expect((await h.test.db.user.findUniqueOrThrow({ where: { id: userId } })).email).toBe(email);
    expect(await h.test.db.authToken.count({ where: { userId, purpose: "change_email", usedAt: null } })).toBe(1);
  });

  it("expires the confirm link after 24 h", async () => {
    const userId = await createVerifiedUser(h);
    await requestEmailChange(h.at(-25 * 3600_000), { tenantId, userId, newEmail: "new@example.com", currentPassword: strongPassword });
    await expect(confirmEmailChange(h.ctx, { tenantId, token: h.mailer.token("change-email") })).rejects.toMatchObject({
      code: "TOKEN_INVALID",
    });
  });
});

describe("magic link", () => {
  it("answers every address the same and mails only existing active users", async () => {
    await createVerifiedUser(h);
    const sentBefore = h.mailer.sent.length;
    const known = await requestMagicLink(h.ctx, { tenantId, email });
    const unknown = await requestMagicLink(h.ctx, { tenantId, email: "nobody@example.com" });
    expect(unknown).toEqual(known);
    expect(h.mailer.sent.slice(sentBefore).map((mail) => [mail.template, mail.to])).toEqual([["magic-link", email]]);
    expect(await h.test.db.user.count()).toBe(1);
  });

  it("signs in once, marks the address verified, and expires after 15 minutes", async () => {
    await signUp(h.ctx, { tenantId, email, password: strongPassword });
    await requestMagicLink(h.ctx, { tenantId, email });
    const token = h.mailer.token("magic-link");

    const user = await consumeMagicLink(h.ctx, { tenantId, token });
    const row = await h.test.db.user.findUniqueOrThrow({ where: { id: user.id } });
    expect(row.emailVerifiedAt).toBeInstanceOf(Date);
    expect(row.lastLoginAt).toBeInstanceOf(Date);
    expect(await eventsNamed(h, "user.email_verified")).toHaveLength(1);
    await expect(consumeMagicLink(h.ctx, { tenantId, token })).rejects.toMatchObject({ code: "TOKEN_INVALID" });

    await requestMagicLink(h.at(-16 * 60_000), { tenantId, email });
    await expect(consumeMagicLink(h.ctx, { tenantId, token: h.mailer.token("magic-link") })).rejects.toMatchObject({
      code: "TOKEN_INVALID",
    });
  });

  it("refuses a link for an account suspended after it was sent", async () => {
    const userId = await createVerifiedUser(h);
    await requestMagicLink(h.ctx, { tenantId, email });
    await h.test.db.user.update({ where: { id: userId }, data: { status: "suspended" } });
    await expect(consumeMagicLink(h.ctx, { tenantId, token: h.mailer.token("magic-link") })).rejects.toMatchObject({
      code: "TOKEN_INVALID",
    });
  });
});
