import { parseEnv } from "@tillbox/config";
import { hashPassword } from "@tillbox/core";
import type { Db } from "@tillbox/db";
import { createMailer, firstUrl, setMailer } from "@tillbox/email";
import { PEER_ADDRESS_HEADER, setRateLimiter, type RateLimiter } from "@tillbox/rate-limit";
import { testRateLimiter, type TestStore } from "@tillbox/rate-limit/testing";
import { createCallerFactory, type Actor } from "@tillbox/trpc";
import { createContext } from "../src/context";
import { appRouter } from "../src/root";

export const tenantId = "default";
export const strongPassword = "tillbox-router-test-passphrase-7";
const createCaller = createCallerFactory(appRouter);

/** A caller as `actor` from client IP `ip` (the rate limits key on it). */
export function callerFor(db: Db, actor: Actor | undefined, ip = "198.51.100.1") {
  const headers = new Headers({ [PEER_ADDRESS_HEADER]: ip, "user-agent": "vitest" });
  return createCaller(createContext({ headers, db, tenantId, actor: actor ?? { kind: "anonymous", id: null, permissions: new Set() } }));
}

export const userActor = (id: string, extra: Record<string, unknown> = {}): Actor => ({ kind: "user", id, permissions: new Set<string>(), ...extra }) as Actor;

/** Routes the process mailer to the dev mailbox of `db` and gives the test fresh rate-limit counters. */
export async function useTestServices(db: Db, store: TestStore = "memory", limiter?: RateLimiter): Promise<RateLimiter> {
  setMailer(createMailer({ db, env: parseEnv({ NODE_ENV: "development" }), log: () => {} }));
  const fresh = limiter ?? (await testRateLimiter(store));
  setRateLimiter(fresh);
  return fresh;
}

export function resetTestServices() {
  setMailer(undefined);
  setRateLimiter(undefined);
}

/**
 * The one dev-mailbox message (EmailMessage row) that `action` sent to `to`, or null when it sent
 * none. Compared by id, not time: two mails within one millisecond would tie on createdAt.
 */
export async function mailFrom(db: Db, to: string, action: () => Promise<unknown>) {
  const before = new Set((await db.emailMessage.findMany({ where: { tenantId, to }, select: { id: true } })).map((row) => row.id));
  await action();
  const sent = (await db.emailMessage.findMany({ where: { tenantId, to } })).filter((row) => !before.has(row.id));
  if (sent.length > 1) throw new Error(`expected at most one mail to ${to}, got ${sent.length}`);
  return sent[0] ?? null;
}

/** The `token` query parameter of the first link in a mail, checking the link's page. */
export function tokenOf(mail: { text: string } | null, path: string): string {
  const url = new URL(firstUrl(mail?.text ?? "") ?? "http://invalid/");
  if (url.pathname !== path) throw new Error(`mail links to ${url.pathname}, expected ${path}`);
  return url.searchParams.get("token") ?? "";
}

/** A verified user with `password`, created directly (argon2 hash), for account tests. */
export async function createUser(db: Db, email: string, password = strongPassword) {
  return db.user.create({ data: { tenantId, email, passwordHash: await hashPassword(password), emailVerifiedAt: new Date(), name: "Ada" } });
}
