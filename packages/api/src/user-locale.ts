import { LOCALES } from "@tillbox/config/locale";
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
