import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { authenticate, consumeMagicLink } from "@tillbox/core";
import { createTestDb, type TestDb } from "@tillbox/db/testing";
import { callerFor, mailFrom, resetTestServices, strongPassword, tenantId, tokenOf, useTestServices } from "./accounts-helpers";

let t: TestDb;
const webUrl = "http://localhost:3000";
const accounts = () => ({ db: t.db, mailer: { send: async () => {} }, webUrl });

beforeAll(async () => {
  t = await createTestDb();
}, 60_000);
beforeEach(() => useTestServices(t.db));
afterEach(resetTestServices);
afterAll(() => t?.close());

const anonymous = (ip?: string) => callerFor(t.db, undefined, ip);
const tokenInvalid = { code: "BAD_REQUEST", cause: expect.objectContaining({ code: "TOKEN_INVALID" }) };

describe("auth router: sign-up → verify → reset", () => {
  it("mails a verify link to the dev mailbox, verifies once, then resets the password once", async () => {
    const email = "newcomer@example.com";
    let answer: unknown;
    const verifyMail = await mailFrom(t.db, email, async () => {
      answer = await anonymous().auth.signUp({ email: " Newcomer@Example.com ", password: strongPassword, name: "Nia", locale: "de" });
    });
    expect(answer).toEqual({ status: "accepted" });
    const user = await t.db.user.findFirstOrThrow({ where: { tenantId, email } });
    expect(user).toMatchObject({ name: "Nia", locale: "de", emailVerifiedAt: null });

    expect(verifyMail).toMatchObject({ template: "verify-email", locale: "de", tenantId });
    expect(verifyMail!.text).toContain(`${webUrl}/auth/verify?token=`);
    const verifyToken = tokenOf(verifyMail, "/auth/verify");
    expect(await anonymous().auth.verifyEmail({ token: verifyToken })).toEqual({ status: "verified" });
    expect((await t.db.user.findUniqueOrThrow({ where: { id: user.id } })).emailVerifiedAt).toBeInstanceOf(Date);
    // Single use: the same link a second time is just an invalid token.
    await expect(anonymous().auth.verifyEmail({ token: verifyToken })).rejects.toMatchObject(tokenInvalid);

    const resetMail = await mailFrom(t.db, email, () => anonymous().auth.requestPasswordReset({ email }));
    const resetToken = tokenOf(resetMail, "/auth/reset-password");
    // A weak password is refused and names the field, without burning the link.
    await expect(anonymous().auth.resetPassword({ token: resetToken, password: "short" })).rejects.toMatchObject({
      cause: expect.objectContaining({ code: "WEAK_PASSWORD", message: expect.stringMatching(/^newPassword /) }),
    });
    const newPassword = "a brand new tillbox phrase 2026";
    expect(await anonymous().auth.resetPassword({ token: resetToken, password: newPassword })).toEqual({ status: "reset" });
    await expect(anonymous().auth.resetPassword({ token: resetToken, password: newPassword })).rejects.toMatchObject(tokenInvalid);

    // Every session ended; the new password signs in, the old one doesn't.
    const after = await t.db.user.findUniqueOrThrow({ where: { id: user.id } });
    expect(after.sessionVersion).toBe(user.sessionVersion + 1);
    await expect(authenticate(accounts(), { tenantId, email, password: newPassword })).resolves.toMatchObject({ id: user.id });
    await expect(authenticate(accounts(), { tenantId, email, password: strongPassword })).rejects.toMatchObject({ code: "INVALID_CREDENTIALS" });
  });

  it("resends a verify link only to unverified accounts, and only the newest link works", async () => {
    const email = "resend@example.com";
    const first = tokenOf(await mailFrom(t.db, email, () => anonymous().auth.signUp({ email, password: strongPassword })), "/auth/verify");
    const second = tokenOf(await mailFrom(t.db, email, () => anonymous().auth.resendVerification({ email })), "/auth/verify");
    expect(second).not.toBe(first);
    await expect(anonymous().auth.verifyEmail({ token: first })).rejects.toMatchObject(tokenInvalid);
    await anonymous().auth.verifyEmail({ token: second });

    let answer: unknown;
    expect(await mailFrom(t.db, email, async () => (answer = await anonymous().auth.resendVerification({ email })))).toBeNull();
    expect(answer).toEqual({ status: "accepted" });
  });

  it("mails a magic link that the sign-in provider can consume once", async () => {
    const email = "magic@example.com";
    await anonymous().auth.signUp({ email, password: strongPassword });
    const mail = await mailFrom(t.db, email, () => anonymous().auth.requestMagicLink({ email: "MAGIC@example.com" }));
    expect(mail?.template).toBe("magic-link");
    const token = tokenOf(mail, "/auth/magic-link");
    await expect(consumeMagicLink(accounts(), { tenantId, token })).resolves.toMatchObject({ email });
    await expect(consumeMagicLink(accounts(), { tenantId, token })).rejects.toMatchObject({ code: "TOKEN_INVALID" });
  });
});

describe("auth router: no account enumeration", () => {
  it("answers known and unknown addresses alike; only the owner of a known address gets mail", async () => {
    const known = "known@example.com";
    const unknown = "nobody@example.com";
    await anonymous().auth.signUp({ email: known, password: strongPassword });

    const answers: unknown[] = [];
    const notice = await mailFrom(t.db, known, async () => {
      answers.push(await anonymous().auth.signUp({ email: known, password: "another tillbox passphrase 42" }));
    });
    answers.push(await anonymous().auth.signUp({ email: "fresh@example.com", password: strongPassword }));
    expect(answers[0]).toEqual(answers[1]);
    expect(notice?.template).toBe("account-exists");

    const expected = { requestPasswordReset: "reset-password", requestMagicLink: "magic-link", resendVerification: "verify-email" } as const;
    for (const [call, template] of Object.entries(expected) as [keyof typeof expected, string][]) {
      let forKnown: unknown;
      const mail = await mailFrom(t.db, known, async () => (forKnown = await anonymous().auth[call]({ email: known })));
      const forUnknown = await anonymous().auth[call]({ email: unknown });
      expect(forKnown, call).toEqual({ status: "accepted" });
      expect(forUnknown, call).toEqual(forKnown);
      expect(mail?.template, call).toBe(template);
    }
    expect(await t.db.emailMessage.count({ where: { to: unknown } })).toBe(0);
  });

  it("refuses malformed input with the field named", async () => {
    await expect(anonymous().auth.signUp({ email: "not-an-email", password: strongPassword })).rejects.toMatchObject({
      code: "BAD_REQUEST",
      cause: expect.objectContaining({ code: "INVALID_EMAIL", message: expect.stringMatching(/^email /) }),
    });
    await expect(anonymous().auth.signUp({ email: "weak@example.com", password: "password" })).rejects.toMatchObject({
      cause: expect.objectContaining({ code: "WEAK_PASSWORD", message: expect.stringMatching(/^password /) }),
    });
    await expect(anonymous().auth.verifyEmail({ token: "" })).rejects.toMatchObject({
      code: "BAD_REQUEST",
      cause: expect.objectContaining({ issues: [expect.objectContaining({ path: ["token"] })] }),
    });
    expect(await t.db.user.count({ where: { email: "weak@example.com" } })).toBe(0);
  });
});
