import argon2 from "argon2";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { LOCKOUT_DURATION_MS, authenticate, consumeMagicLink, requestMagicLink } from "../src";
import { createHarness, createVerifiedUser, eventsNamed, strongPassword, tenantId, type AccountsHarness } from "./accounts-fixtures";

let h: AccountsHarness;
beforeEach(async () => {
  h = await createHarness();
});
afterEach(async () => {
  await h.test.close();
});

const email = "ada@example.com";
const attempt = (password: string, address = email) => authenticate(h.ctx, { tenantId, email: address, password, ip: "203.0.113.7", userAgent: "vitest" });

async function failure(promise: Promise<unknown>) {
  return promise.then(
    () => {
      throw new Error("expected the sign-in to fail");
    },
    (error: { code: string; message: string; status: string }) => ({ code: error.code, message: error.message, status: error.status }),
  );
}

describe("authenticate", () => {
  it("signs in, resets the failure counter and records lastLoginAt", async () => {
    const userId = await createVerifiedUser(h);
    await failure(attempt("wrong-password-123"));
    const user = await attempt(strongPassword);

    expect(user).toMatchObject({ id: userId, tenantId, email, name: "Ada", sessionVersion: 0, roles: [] });
    expect(user).not.toHaveProperty("passwordHash");
    const row = await h.test.db.user.findUniqueOrThrow({ where: { id: userId } });
    expect(row.failedLoginCount).toBe(0);
    expect(row.lastLoginAt).toBeInstanceOf(Date);
  });

  it("gives unknown emails, wrong passwords and inactive accounts the same error", async () => {
    const userId = await createVerifiedUser(h);
    await createVerifiedUser(h, "gone@example.com");
    await h.test.db.user.update({ where: { tenantId_email: { tenantId, email: "gone@example.com" } }, data: { status: "suspended" } });

    const unknown = await failure(attempt(strongPassword, "nobody@example.com"));
    const wrong = await failure(attempt("wrong-password-123"));
    const suspended = await failure(attempt(strongPassword, "gone@example.com"));
    expect(unknown).toEqual({ code: "INVALID_CREDENTIALS", message: "email or password is incorrect", status: "BAD_REQUEST" });
    expect(wrong).toEqual(unknown);
    expect(suspended).toEqual(unknown);

    const events = await eventsNamed(h, "security.login.failed");
    expect(events.map((event) => event.payload)).toEqual([
      { userId: null, emailHash: expect.stringMatching(/^[0-9a-f]{64}$/), ip: "203.0.113.7", reason: "unknown_email" },
      { userId, emailHash: expect.stringMatching(/^[0-9a-f]{64}$/), ip: "203.0.113.7", reason: "wrong_password" },
      { userId: expect.any(String), emailHash: expect.any(String), ip: "203.0.113.7", reason: "inactive" },
    ]);
    expect(JSON.stringify(events)).not.toContain("nobody@example.com");
  });

  it("locks after 10 failures within 15 minutes, refuses even the right password, and unlocks later", async () => {
    const userId = await createVerifiedUser(h);
    for (let i = 0; i < 9; i++) await failure(attempt(`wrong-password-${i}00`));
    expect((await h.test.db.user.findUniqueOrThrow({ where: { id: userId } })).lockedUntil).toBeNull();

    await failure(attempt("wrong-password-999"));
    const locked = await h.test.db.user.findUniqueOrThrow({ where: { id: userId } });
    expect(locked.failedLoginCount).toBe(10);
    expect(locked.lockedUntil!.getTime() - Date.now()).toBeGreaterThan(LOCKOUT_DURATION_MS - 60_000);

    expect((await eventsNamed(h, "security.login.failed")).filter((e) => (e.payload as { reason: string }).reason === "wrong_password")).toHaveLength(10);
    const lockEvents = await eventsNamed(h, "security.account.locked");
    expect(lockEvents.map((event) => event.payload)).toEqual([{ userId, lockedUntil: locked.lockedUntil!.toISOString(), failures: 10 }]);
    expect(await h.test.db.auditLog.count({ where: { action: "user.locked", targetId: userId } })).toBe(1);

    // Locked: the correct password gets the generic error, and the lock is not extended.
    expect(await failure(attempt(strongPassword))).toMatchObject({ code: "INVALID_CREDENTIALS" });
    const failedWhileLocked = (await eventsNamed(h, "security.login.failed")).at(-1)!.payload;
    expect(failedWhileLocked).toMatchObject({ userId, reason: "locked" });
    expect((await h.test.db.user.findUniqueOrThrow({ where: { id: userId } })).lockedUntil).toEqual(locked.lockedUntil);

    // 16 minutes later the lock is over and the failures have left the window.
    const later = h.at(16 * 60_000);
    const user = await authenticate(later, { tenantId, email, password: strongPassword });
    expect(user.id).toBe(userId);
    expect((await h.test.db.user.findUniqueOrThrow({ where: { id: userId } })).lockedUntil).toBeNull();
  });

  it("counts only failures inside the 15-minute window", async () => {
    const userId = await createVerifiedUser(h);
    for (let i = 0; i < 9; i++) await failure(attempt(`wrong-password-${i}00`));
    // Age those nine failures past the window.
    await h.test.db.$executeRawUnsafe(`UPDATE outbox_event SET created_at = created_at - interval '20 minutes' WHERE name = 'security.login.failed'`);
    await failure(attempt("wrong-password-999"));
    const row = await h.test.db.user.findUniqueOrThrow({ where: { id: userId } });
    expect(row.lockedUntil).toBeNull();
    expect(row.failedLoginCount).toBe(1);
  });

  it("lets the owner in through a magic link while the password is locked", async () => {
    const userId = await createVerifiedUser(h);
    await h.test.db.user.update({ where: { id: userId }, data: { lockedUntil: new Date(Date.now() + 600_000) } });
    await requestMagicLink(h.ctx, { tenantId, email });
    const user = await consumeMagicLink(h.ctx, { tenantId, token: h.mailer.token("magic-link") });
    expect(user.id).toBe(userId);
  });

  it("rehashes a password stored with outdated parameters on successful sign-in", async () => {
    const userId = await createVerifiedUser(h);
    const weak = await argon2.hash(strongPassword, { type: argon2.argon2id, memoryCost: 4096, timeCost: 1, parallelism: 1 });
    await h.test.db.user.update({ where: { id: userId }, data: { passwordHash: weak } });

    await attempt(strongPassword);
    const row = await h.test.db.user.findUniqueOrThrow({ where: { id: userId } });
    expect(row.passwordHash).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
    expect(await argon2.verify(row.passwordHash!, strongPassword)).toBe(true);
  });
});
