import { DomainError } from "../../errors";
import { clock, normaliseEmail, type AccountsContext } from "./context";
import { recordLoginFailure, type LoginFailureReason } from "./lockout";
import { hashPassword, needsRehash, verifyDummyPassword, verifyPassword } from "./password";
import { loadSessionUser, type SessionUser } from "./session-user";

export interface AuthenticateInput {
  tenantId: string;
  email: string;
  password: string;
  ip?: string | null;
  userAgent?: string | null;
}

/** One message for every failure: unknown email, wrong password, locked, suspended, deleted. */
export const invalidCredentials = () => new DomainError("INVALID_CREDENTIALS", "email or password is incorrect", "BAD_REQUEST");

/**
 * Password sign-in. Every failure throws the same INVALID_CREDENTIALS after the same argon2 work,
 * so neither the answer nor its timing tells whether the address exists (ASVS 2.2, 3.x).
 *
 * Lockout (ASVS 2.2.1): 10 failures within 15 minutes lock the account for 15 minutes. While locked,
 * even the correct password gets INVALID_CREDENTIALS and is not checked: answering ACCOUNT_LOCKED
 * to a correct guess would confirm the password to an attacker, who would then just wait. The owner
 * can still get in through a magic link or a password reset, and a reset lifts the lock.
 *
 * A correct password on an unverified address throws EMAIL_NOT_VERIFIED: only someone who knows
 * the password learns that, which reveals nothing they could not already try.
 */
export async function authenticate(ctx: AccountsContext, input: AuthenticateInput): Promise<SessionUser> {
  const now = clock(ctx);
  const email = normaliseEmail(input.email);
  const password = typeof input.password === "string" ? input.password : "";
  const attempt = { tenantId: input.tenantId, email, ip: input.ip ?? null, userAgent: input.userAgent ?? null, now };

  const user = await ctx.db.user.findUnique({ where: { tenantId_email: { tenantId: input.tenantId, email } } });
  let reason: LoginFailureReason | null = null;
  if (!user) reason = "unknown_email";
  else if (user.status !== "active") reason = "inactive";
  else if (user.lockedUntil && user.lockedUntil > now) reason = "locked";
  else if (!user.passwordHash) reason = "no_password";

  if (reason || !user?.passwordHash) {
    await verifyDummyPassword(password);
    await recordLoginFailure(ctx, { ...attempt, user, reason: reason ?? "no_password" });
    throw invalidCredentials();
  }
  if (!(await verifyPassword(user.passwordHash, password))) {
    await recordLoginFailure(ctx, { ...attempt, user, reason: "wrong_password" });
    throw invalidCredentials();
  }
  if (!user.emailVerifiedAt) {
    throw new DomainError("EMAIL_NOT_VERIFIED", "email address is not verified yet", "FORBIDDEN");
  }

  // Upgrading the hash needs the plaintext, which we only hold right now.
  const passwordHash = needsRehash(user.passwordHash) ? await hashPassword(password) : undefined;
  await ctx.db.user.update({
    where: { id: user.id },
    data: { failedLoginCount: 0, lockedUntil: null, lastLoginAt: now, ...(passwordHash ? { passwordHash } : {}) },
  });
  return loadSessionUser(ctx.db, user.id);
}
