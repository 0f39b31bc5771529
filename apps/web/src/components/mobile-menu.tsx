"use client";

import { Button, MobileDrawer, ThemeSwitcher } from "@tillbox/ui";
import { UserRound } from "lucide-react";
import Link from "next/link";
import type { ReactNode } from "react";
import { useMessages } from "@tillbox/plugin-sdk/ui";

export interface NavEntry {
  href: string;
  label: string;
  /** Read before the label by screen readers only ("Account: " before the user's name). */
  srPrefix?: string;
  primary?: boolean;
  account?: boolean;
}

/** Below md: every header entry in a drawer, so a phone reaches all of them. `children`: extra actions (sign out). */
export function MobileMenu({ entries, navLabel, children }: { entries: NavEntry[]; navLabel: string; children?: ReactNode }) {
  const { t } = useMessages("app");
  return (
    <MobileDrawer label={t("menu")} side="right" triggerTestId="mobile-menu-trigger" className="p-6 pt-12">
      {(close) => (
        <>
          <nav aria-label={navLabel} className="grid gap-1">
            {entries.map((entry) => (
              <Button key={entry.href} asChild variant={entry.primary ? "default" : "ghost"} className="justify-start" onClick={close}>
                <Link href={entry.href}>
                  {entry.account ? <UserRound aria-hidden /> : null}
                  {entry.srPrefix ? <span className="sr-only">{entry.srPrefix}</span> : null}
                  <span className="truncate">{entry.label}</span>
                </Link>
              </Button>
            ))}
          </nav>
          {children}
          <ThemeSwitcher className="self-start" />
        </>
      )}
    </MobileDrawer>
  );
}
