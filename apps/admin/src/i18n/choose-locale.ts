"use server";

import { savePreferredLocale, userLocaleSchema } from "@tillbox/api";
import { LOCALE_COOKIE, LOCALE_COOKIE_MAX_AGE_SECONDS } from "@tillbox/config/locale";
import { cookies } from "next/headers";
import { auth } from "~/auth";

/** The locale switcher's action: a cookie for every visitor, and the account's preference when signed in. */
export async function chooseLocale(locale: string): Promise<{ error: string } | void> {
  const parsed = userLocaleSchema.safeParse(locale);
  if (!parsed.success) return { error: `locale: must be one of ${userLocaleSchema.options.join(", ")}` };
  const chosen = parsed.data;
  const store = await cookies();
  store.set(LOCALE_COOKIE, chosen, {
    path: "/",
    maxAge: LOCALE_COOKIE_MAX_AGE_SECONDS,
    sameSite: "lax",
    httpOnly: true,
    secure: process.env.NODE_ENV === "production",
  });
  await savePreferredLocale(await auth(), chosen);
}
