"use server";

import { chooseLocaleFor } from "@tillbox/api";
import { cookies } from "next/headers";
import { auth } from "~/auth";

/** The locale switcher's action (shared with the other app through chooseLocaleFor). */
export async function chooseLocale(locale: string): Promise<{ error: string } | void> {
  return chooseLocaleFor(await auth(), locale, await cookies());
}
