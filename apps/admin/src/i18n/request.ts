import { preferredLocaleOf } from "@tillbox/api";
import { LOCALE_COOKIE, negotiateLocale } from "@tillbox/config/locale";
import { getRequestConfig } from "next-intl/server";
import { cookies, headers } from "next/headers";
import { auth } from "~/auth";
import { composedMessages } from "~/messages.generated";

/** next-intl's per-request setup: the language (see negotiateLocale) and this app's composed strings. */
export default getRequestConfig(async () => {
  const locale = negotiateLocale({
    userLocale: await preferredLocaleOf(await auth()),
    cookie: (await cookies()).get(LOCALE_COOKIE)?.value,
    acceptLanguage: (await headers()).get("accept-language"),
  });
  return { locale, messages: composedMessages[locale] };
});
