import { LOCALE_COOKIE, LOCALE_COOKIE_MAX_AGE_SECONDS, LOCALES } from "@tillbox/config/locale";
import { getDb, type Db } from "@tillbox/db";
import { z } from "zod";
import { claimsOf, type RequestSession } from "./request-actor";

/** The languages a user may choose; the apps' catalogues carry exactly these. */
export const userLocaleSchema = z.enum(LOCALES);
export type UserLocale = z.infer<typeof userLocaleSchema>;

/** The signed-in user's stored language, or null when signed out (the apps then ask the browser). */
export async function preferredLocaleOf(session: RequestSession | null, db: Db = getDb()): Promise<string | null> {
  const claims = claimsOf(session);
  if (!claims) return null;
  const user = await db.user.findFirst({ where: { id: claims.sub, tenantId: claims.tid, deletedAt: null }, select: { locale: true } });
  return user?.locale ?? null;
}

/**
 * Stores the switcher's choice on the signed-in account, so mails, invoices and every device
 * follow it. Not while impersonating: looking at a customer's pages must not change their language.
 */
export async function savePreferredLocale(session: RequestSession | null, locale: UserLocale, db: Db = getDb()): Promise<void> {
  const claims = claimsOf(session);
  if (!claims || claims.imp) return;
  await db.user.updateMany({ where: { id: claims.sub, tenantId: claims.tid, deletedAt: null }, data: { locale } });
}

/** The part of Next's cookie store the switcher writes (packages/api stays free of next/headers). */
interface CookieWriter {
  set(name: string, value: string, options: { path: string; maxAge: number; sameSite: "lax"; httpOnly: boolean; secure: boolean }): unknown;
}

/**
 * Both apps' locale switcher action: a cookie for every visitor, and the account's preference
 * when signed in. A locale the apps don't carry is answered with an error naming the field.
 */
export async function chooseLocaleFor(
  session: RequestSession | null,
  locale: string,
  cookies: CookieWriter,
  db: Db = getDb(),
): Promise<{ error: string } | void> {
  const parsed = userLocaleSchema.safeParse(locale);
  if (!parsed.success) return { error: `locale: must be one of ${userLocaleSchema.options.join(", ")}` };
  cookies.set(LOCALE_COOKIE, parsed.data, {
    path: "/",
    maxAge: LOCALE_COOKIE_MAX_AGE_SECONDS,
    sameSite: "lax",
    httpOnly: true,
    secure: process.env.NODE_ENV === "production",
  });
  await savePreferredLocale(session, parsed.data, db);
}
