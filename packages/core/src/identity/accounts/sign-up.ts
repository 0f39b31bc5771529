import { Prisma } from "@tillbox/db";
import { coreEvents, emit } from "@tillbox/events";
import { recordAudit } from "../../audit/record-audit";
import { authPaths, clock, deliver, invalidToken, link, normaliseEmail, type AccountsContext } from "./context";
import { consumeAndVerify } from "./verified-token";
import { hashPassword } from "./password";
import { assertPasswordPolicy } from "./password-policy";
import { issueToken } from "./tokens";

/** The only answer to flows that must not reveal whether an address has an account. */
export interface Accepted {
  status: "accepted";
}
export const accepted = (): Accepted => ({ status: "accepted" });

export interface SignUpInput {
  tenantId: string;
  email: string;
  password: string;
  name?: string;
  locale?: "en" | "de";
}

/**
 * Creates an unverified user (role "user" when the tenant has that role) and mails a verify link.
 * A taken address gets the same answer and an "account exists" notice instead: the form cannot be
 * used to discover who has an account.
 */
export async function signUp(ctx: AccountsContext, input: SignUpInput): Promise<Accepted> {
  const email = normaliseEmail(input.email);
  assertPasswordPolicy(input.password);
  const locale = input.locale === "de" ? "de" : "en";
  const name = input.name?.trim().slice(0, 200) || null;
  // Hash before looking the address up, so both paths cost the same argon2 work.
  const passwordHash = await hashPassword(input.password);
  const now = clock(ctx);

  const existing = await ctx.db.user.findUnique({ where: { tenantId_email: { tenantId: input.tenantId, email } } });
  if (existing) return notifyExisting(ctx, existing.email, existing.locale, existing.name);

  let token: string;
  try {
    token = await ctx.db.$transaction(async (tx) => {
      const user = await tx.user.create({
        data: { tenantId: input.tenantId, email, passwordHash, name, locale },
      });
      const role = await tx.role.findUnique({ where: { tenantId_key: { tenantId: input.tenantId, key: "user" } } });
      if (role) await tx.userRole.create({ data: { userId: user.id, roleId: role.id, tenantId: input.tenantId } });
      await emit(tx, coreEvents.userSignedUp, { userId: user.id, method: "password" }, { tenantId: input.tenantId });
      await recordAudit(tx, {
        tenantId: input.tenantId,
        actorId: user.id,
        action: "user.signed_up",
        targetType: "user",
        targetId: user.id,
      });
      return issueToken(tx, { tenantId: input.tenantId, userId: user.id, purpose: "verify_email", now });
    });
  } catch (error) {
    // Lost a race with a concurrent sign-up for the same address: answer exactly as if it existed.
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") {
      return notifyExisting(ctx, email, locale, name);
    }
    throw error;
  }
  await deliver(ctx, {
    to: email,
    template: "verify-email",
    locale,
    data: { url: link(ctx, authPaths.verifyEmail, token), name: name ?? "" },
  });
  return accepted();
}

async function notifyExisting(ctx: AccountsContext, email: string, locale: string, name: string | null) {
  await deliver(ctx, {
    to: email,
    template: "account-exists",
    locale,
    data: {
      url: link(ctx, authPaths.signIn),
      resetUrl: link(ctx, authPaths.forgotPassword),
      name: name ?? "",
    },
  });
  return accepted();
}

/** Proves the address: marks the user verified. Unknown, used and expired tokens fail alike. */
export async function verifyEmail(ctx: AccountsContext, input: { tenantId: string; token: string }) {
  const now = clock(ctx);
  return ctx.db.$transaction(async (tx) => {
    const user = await consumeAndVerify(tx, { tenantId: input.tenantId, purpose: "verify_email", token: input.token, now });
    if (!user) throw invalidToken();
    return { userId: user.id };
  });
}

/** Same answer for every address; only an active, still unverified account gets a fresh link. */
export async function resendVerification(ctx: AccountsContext, input: { tenantId: string; email: string }): Promise<Accepted> {
  const email = normaliseEmail(input.email);
  const now = clock(ctx);
  const user = await ctx.db.user.findUnique({ where: { tenantId_email: { tenantId: input.tenantId, email } } });
  if (!user || user.status !== "active" || user.emailVerifiedAt) return accepted();
  const token = await ctx.db.$transaction((tx) => issueToken(tx, { tenantId: input.tenantId, userId: user.id, purpose: "verify_email", now }));
  await deliver(ctx, {
    to: user.email,
    template: "verify-email",
    locale: user.locale,
    data: { url: link(ctx, authPaths.verifyEmail, token), name: user.name ?? "" },
  });
  return accepted();
}
