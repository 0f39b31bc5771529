"use client";

import { LOCALES, type AppLocale } from "@tillbox/config/locale";
import { Languages } from "lucide-react";
import { useTransition } from "react";
import { NativeSelect } from "./input";
import { useMessages } from "./messages";
import { cn } from "./utils";

const names: Record<AppLocale, "localeEn" | "localeDe"> = { en: "localeEn", de: "localeDe" };

/**
 * The page language. `choose` is the app's server action: it stores the choice (a cookie, and the
 * signed-in account), after which Next.js renders the page again in that language.
 */
export function LocaleSwitcher({ choose, className }: { choose(locale: AppLocale): Promise<unknown>; className?: string }) {
  const { t, locale } = useMessages("ui");
  const [pending, startTransition] = useTransition();
  return (
    <label className={cn("inline-flex items-center gap-1.5 text-muted-foreground", className)}>
      <Languages aria-hidden className="size-4" />
      <span className="sr-only">{t("language")}</span>
      <NativeSelect
        value={locale}
        disabled={pending}
        onChange={(event) => {
          const next = event.target.value as AppLocale;
          startTransition(async () => {
            await choose(next);
          });
        }}
        className="h-8 w-auto py-0 text-sm"
        data-testid="locale-switcher"
      >
        {LOCALES.map((value) => (
          <option key={value} value={value} lang={value}>
            {t(names[value])}
          </option>
        ))}
      </NativeSelect>
    </label>
  );
}
