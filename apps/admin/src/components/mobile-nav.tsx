"use client";

import { MobileDrawer } from "@tillbox/ui";
import { useMessages } from "@tillbox/plugin-sdk/ui";
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
        </>
      )}
    </MobileDrawer>
  );
}
