import { de } from "./de";
import { en } from "./en";
import type { LocaleCatalogue } from "./types";

export * from "./types";

/** Add a locale: one file like en.ts, registered here. English is the fallback. */
export const catalogues: Record<string, LocaleCatalogue> = { en, de };

export const defaultLocale = "en";

/** "de-AT" and "de_DE" use de; an unknown or empty locale falls back to en. */
export function resolveLocale(locale: string | undefined): string {
  const language = (locale ?? "").trim().toLowerCase().split(/[-_]/)[0] ?? "";
  return Object.hasOwn(catalogues, language) ? language : defaultLocale;
}
