/** The languages both apps are translated into; English is the reference catalogue. */
export const LOCALES = ["en", "de"] as const;
export type AppLocale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: AppLocale = "en";

/** Set by the locale switcher, so a visitor without an account keeps their choice. */
export const LOCALE_COOKIE = "tillbox.locale";

/** "de-AT" → "de"; null for a language we have no catalogue for. */
export function toAppLocale(value: string | null | undefined): AppLocale | null {
  const language = (value ?? "").trim().toLowerCase().split(/[-_]/)[0];
  return LOCALES.find((locale) => locale === language) ?? null;
}

/** The first language of an Accept-Language header we have, by the browser's q weights. */
export function localeFromAcceptLanguage(header: string | null | undefined): AppLocale | null {
  const ranked = (header ?? "")
    .split(",")
    .map((part, index) => {
      const [tag = "", ...params] = part.trim().split(";");
      const q = Number(
        params
          .find((param) => param.trim().startsWith("q="))
          ?.trim()
          .slice(2) ?? 1,
      );
      return { locale: toAppLocale(tag), q: Number.isFinite(q) ? q : 0, index };
    })
    .filter((entry) => entry.locale !== null && entry.q > 0)
    .sort((a, b) => b.q - a.q || a.index - b.index);
  return ranked[0]?.locale ?? null;
}

export interface LocaleSources {
  /** The signed-in user's stored preference. */
  userLocale?: string | null;
  /** The switcher's cookie. */
  cookie?: string | null;
  acceptLanguage?: string | null;
}

/**
 * The account's preference wins, so a customer reads their language on any device; a visitor's
 * own choice (the cookie) beats what the browser asks for; English when nothing matches.
 */
export function negotiateLocale({ userLocale, cookie, acceptLanguage }: LocaleSources): AppLocale {
  return toAppLocale(userLocale) ?? toAppLocale(cookie) ?? localeFromAcceptLanguage(acceptLanguage) ?? DEFAULT_LOCALE;
}

/** A year: the choice outlives the session, as a language setting should. */
export const LOCALE_COOKIE_MAX_AGE_SECONDS = 60 * 60 * 24 * 365;
