import Credentials from "next-auth/providers/credentials";
import GitHub from "next-auth/providers/github";
import type { Provider } from "next-auth/providers";
import { getEnv } from "@tillbox/config";
import { authenticate, consumeMagicLink, DomainError, type AccountsContext, type SessionUser } from "@tillbox/core";
import { getDb } from "@tillbox/db";
import { getMailer } from "@tillbox/email";
import { clientIp, getRateLimiter, RateLimitedError } from "@tillbox/rate-limit";
import { TillboxSignInError } from "./sign-in-errors";
import { noteRateLimited } from "./sign-in-status";

export interface ProviderOptions {
  /** The tenant a sign-in request belongs to (host/path routing rules; packages/api resolves it). */
  resolveTenantId: (request: Request) => Promise<string>;
  env?: Record<string, string | undefined>;
}

function accountsContext(): AccountsContext {
  return { db: getDb(), mailer: getMailer(), webUrl: getEnv().WEB_URL };
}

/** Core errors → the few codes a sign-in page may show (see sign-in-errors.ts). */
function toSignInError(error: unknown): TillboxSignInError {
  if (error instanceof RateLimitedError) {
    noteRateLimited(error.retryAfterSeconds);
    return new TillboxSignInError("rate_limited", error.retryAfterSeconds);
  }
  if (error instanceof DomainError && error.code === "EMAIL_NOT_VERIFIED") return new TillboxSignInError("unverified");
  if (error instanceof DomainError && error.code === "TOKEN_INVALID") return new TillboxSignInError("invalid_link");
  if (error instanceof DomainError) return new TillboxSignInError("invalid");
  throw error; // Unexpected: Auth.js logs it and answers with its generic error, no details leave.
}

const text = (value: unknown) => (typeof value === "string" ? value : "");

/** Email + password: rate limit (per IP and per account) first, then core authenticate (argon2id, lockout). */
export async function authorizePassword(options: ProviderOptions, credentials: Partial<Record<string, unknown>>, request: Request): Promise<SessionUser> {
  const email = text(credentials.email).trim().toLowerCase();
  const ip = clientIp(request.headers);
  try {
    await getRateLimiter().enforce("signIn", { ip, account: email });
    const tenantId = await options.resolveTenantId(request);
    return await authenticate(accountsContext(), { tenantId, email, password: text(credentials.password), ip, userAgent: request.headers.get("user-agent") });
  } catch (error) {
    throw toSignInError(error);
  }
}

/** The token from /auth/magic-link?token=… (single use, 15 min; core consumeMagicLink). */
export async function authorizeMagicLink(options: ProviderOptions, credentials: Partial<Record<string, unknown>>, request: Request): Promise<SessionUser> {
  try {
    // Per IP only: the token names no account, and guessing 256-bit tokens is hopeless anyway.
    await getRateLimiter().enforce("magicLink", { ip: clientIp(request.headers) });
    const tenantId = await options.resolveTenantId(request);
    return await consumeMagicLink(accountsContext(), { tenantId, token: text(credentials.token) });
  } catch (error) {
    throw toSignInError(error);
  }
}

/** True when GitHub sign-in is configured (both AUTH_GITHUB_ID and AUTH_GITHUB_SECRET). */
export function githubEnabled(env: Record<string, string | undefined> = process.env): boolean {
  return Boolean(env.AUTH_GITHUB_ID && env.AUTH_GITHUB_SECRET);
}

export function authProviders(options: ProviderOptions): Provider[] {
  const env = options.env ?? process.env;
  const providers: Provider[] = [
    Credentials({
      id: "credentials",
      name: "Email and password",
      credentials: { email: { label: "Email", type: "email" }, password: { label: "Password", type: "password" } },
      authorize: (credentials, request) => authorizePassword(options, credentials, request),
    }),
    Credentials({
      id: "magic-link",
      name: "Magic link",
      credentials: { token: { label: "Token", type: "text" } },
      authorize: (credentials, request) => authorizeMagicLink(options, credentials, request),
    }),
  ];
  // Off unless configured: a half-configured OAuth app would fail at the callback, not at start-up.
  if (githubEnabled(env)) {
    providers.push(
      GitHub({ clientId: env.AUTH_GITHUB_ID, clientSecret: env.AUTH_GITHUB_SECRET, authorization: { params: { scope: "read:user user:email" } } }),
    );
  }
  return providers;
}
