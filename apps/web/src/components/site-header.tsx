import { Button, LocaleSwitcher, ThemeSwitcher } from "@tillbox/ui";
import { UserRound } from "lucide-react";
import { getTranslations } from "next-intl/server";
import Link from "next/link";
import { auth } from "~/auth";
import { SignOutButton } from "~/components/auth/sign-out-button";
import { chooseLocale } from "~/i18n/choose-locale";
import { MobileMenu, type NavEntry } from "./mobile-menu";

export async function SiteHeader() {
  const session = await auth();
  const t = await getTranslations("app.nav");
  const signedIn = Boolean(session?.claims);
  const who = session?.user?.name || session?.user?.email || t("account");
  // One list for both layouts: the inline row from md up, the menu below it.
  const entries: NavEntry[] = signedIn
    ? [
        { href: "/#features", label: t("features") },
        { href: "/pricing", label: t("pricing") },
        { href: "/account/billing", label: t("billing") },
        { href: "/account", label: who, srPrefix: t("accountPrefix"), account: true },
      ]
    : [
        { href: "/#features", label: t("features") },
        { href: "/pricing", label: t("pricing") },
        { href: "/auth/sign-in", label: t("signIn") },
        { href: "/auth/sign-up", label: t("getStarted"), primary: true },
      ];
  return (
    <header className="sticky top-0 z-40 border-b border-border/60 bg-background/80 backdrop-blur">
      <div className="mx-auto flex h-16 max-w-6xl items-center justify-between gap-3 px-4 sm:px-6">
        <Link href="/" className="flex items-center gap-2 font-semibold tracking-tight">
          <span className="grid size-7 place-items-center rounded-md bg-primary text-sm text-primary-foreground">T</span>
          Tillbox
        </Link>
        <nav aria-label={t("main")} className="hidden items-center gap-1 text-sm md:flex">
          {entries.map((entry) => (
            <Button key={entry.href} asChild variant={entry.primary ? "default" : "ghost"} size="sm" className={entry.primary ? "ml-2" : undefined}>
              <Link href={entry.href}>
                {entry.account ? <UserRound aria-hidden /> : null}
                {entry.srPrefix ? <span className="sr-only">{entry.srPrefix}</span> : null}
                <span className="max-w-40 truncate">{entry.label}</span>
              </Link>
            </Button>
          ))}
          {signedIn ? <SignOutButton label={t("signOut")} variant="outline" size="sm" className="ml-2" /> : null}
          <LocaleSwitcher choose={chooseLocale} className="ml-2" />
          <ThemeSwitcher className="ml-2" />
        </nav>
        <MobileMenu entries={entries} navLabel={t("main")}>
          {signedIn ? <SignOutButton label={t("signOut")} variant="outline" className="w-full" /> : null}
          <LocaleSwitcher choose={chooseLocale} className="self-start" />
        </MobileMenu>
      </div>
    </header>
  );
}
