import { createHash } from "node:crypto";
import { z } from "zod";
import type { Db } from "@tillbox/db";
import { DomainError } from "../../errors";
import type { MailMessage, Mailer } from "../mailer";

/** What every account service needs. `now` is injectable so expiry and lockout windows are testable. */
export interface AccountsContext {
  db: Db;
  mailer: Mailer;
  /** Base URL of apps/web for links in mails (env WEB_URL). */
  webUrl: string;
  now?: () => Date;
  /** Mail failures never change a response (that would reveal which addresses exist); they land here. */
  onMailError?: (error: unknown, message: Pick<MailMessage, "template">) => void;
}

/** Where the web app serves each emailed link (documented in mailer.ts and the README). */
export const authPaths = {
  verifyEmail: "/auth/verify",
  resetPassword: "/auth/reset-password",
  magicLink: "/auth/magic-link",
  confirmEmailChange: "/auth/confirm-email-change",
  signIn: "/auth/sign-in",
  forgotPassword: "/auth/forgot-password",
} as const;

export function clock(ctx: AccountsContext): Date {
  return ctx.now ? ctx.now() : new Date();
}

export function link(ctx: AccountsContext, path: string, token?: string): string {
  const url = new URL(path, ctx.webUrl);
  if (token) url.searchParams.set("token", token);
  return url.toString();
}

const emailSchema = z.email().max(254);

/** Stored lower-cased and trimmed (see User.email); invalid input names the field. */
export function normaliseEmail(email: unknown, field = "email"): string {
  const value = typeof email === "string" ? email.trim().toLowerCase() : "";
  if (!emailSchema.safeParse(value).success) {
    throw new DomainError("INVALID_EMAIL", `${field} must be a valid email address`);
  }
  return value;
}

/** Correlates failed sign-ins on unknown addresses without putting the address in the outbox. */
export function emailDigest(email: string): string {
  return createHash("sha256").update(email.trim().toLowerCase(), "utf8").digest("hex");
}

/** Sent after the transaction commits: no mail for a rolled-back change, no SMTP inside a DB transaction. */
export async function deliver(ctx: AccountsContext, message: MailMessage): Promise<void> {
  try {
    await ctx.mailer.send(message);
  } catch (error) {
    if (ctx.onMailError) ctx.onMailError(error, { template: message.template });
    else console.error(`[accounts] sending "${message.template}" mail failed: ${String(error)}`);
  }
}

export const invalidToken = () => new DomainError("TOKEN_INVALID", "token is invalid, expired or already used", "BAD_REQUEST");

/** Scoped by tenant: a user id from another tenant is simply not found. */
export async function activeUser(ctx: AccountsContext, tenantId: string, userId: string) {
  const user = await ctx.db.user.findFirst({ where: { id: userId, tenantId, status: "active" } });
  if (!user) throw new DomainError("USER_NOT_FOUND", "userId does not name an active user", "NOT_FOUND");
  return user;
}
