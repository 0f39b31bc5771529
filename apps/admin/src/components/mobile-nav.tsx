"use client";

import { LocaleSwitcher, MobileDrawer } from "@tillbox/ui";
import { useMessages } from "@tillbox/plugin-sdk/ui";
import { chooseLocale } from "~/i18n/choose-locale";
import { Brand, SidebarNav } from "./sidebar";

/** Below md: the sidebar's entries in a drawer, opened from the header and closed by following a link. */
export function MobileNav() {
  const { t } = useMessages("app");
  return (
    <MobileDrawer label={t("menu")} side="left" triggerTestId="mobile-nav-trigger" className="bg-sidebar p-0">
      {(close) => (
        <>
          <Brand />
          <SidebarNav onNavigate={close} />
          <LocaleSwitcher choose={chooseLocale} className="px-4 pb-4 sm:hidden" />
        </>
      )}
    </MobileDrawer>
  );
}
