import { getEnv } from "@tillbox/config";
import { createAccountsService, type AccountsService, type Mailer } from "@tillbox/core";
import { getMailer } from "@tillbox/email";
import { clientIp, getRateLimiter, type RateLimitedAction } from "@tillbox/rate-limit";
import type { Context } from "@tillbox/trpc";

/**
 * The account services for one request: the request's tenant-scoped client, links to WEB_URL, and
 * the process mailer stamping this tenant on every message (the dev mailbox lists per tenant).
 * Resolved per call, so tests and apps that swap the mailer (setMailer) are picked up.
 */
export function accountsFor(ctx: Pick<Context, "db" | "tenantId">): AccountsService {
  const mailer: Mailer = { send: (message) => getMailer().send({ ...message, tenantId: ctx.tenantId }) };
  return createAccountsService({ db: ctx.db, mailer, webUrl: getEnv().WEB_URL });
}

/**
 * One attempt at a guarded flow from this request's client IP (and `account`, an email, where the
 * flow has a per-account policy). Throws RateLimitedError: the HTTP layer answers 429 + Retry-After.
 */
export function limitAttempt(ctx: Pick<Context, "headers">, action: RateLimitedAction, account?: string): Promise<void> {
  return getRateLimiter().enforce(action, { ip: clientIp(ctx.headers), account });
}
