"use client";

import { Button, Sheet, SheetContent, SheetTitle, SheetTrigger } from "@tillbox/ui";
import { Menu } from "lucide-react";
import { useState } from "react";
import { useMessages } from "@tillbox/plugin-sdk/ui";
import { Brand, SidebarNav } from "./sidebar";

/** Below md: the sidebar's entries in a drawer, opened from the header and closed by following a link. */
export function MobileNav() {
  const { t } = useMessages("app");
  const [open, setOpen] = useState(false);
  return (
    <Sheet open={open} onOpenChange={setOpen}>
      <SheetTrigger asChild>
        <Button variant="outline" size="sm" className="md:hidden" data-testid="mobile-nav-trigger">
          <Menu aria-hidden /> {t("menu")}
        </Button>
      </SheetTrigger>
      <SheetContent side="left" className="bg-sidebar p-0" aria-describedby={undefined}>
        <SheetTitle className="sr-only">{t("menu")}</SheetTitle>
        <Brand />
        <SidebarNav onNavigate={() => setOpen(false)} />
      </SheetContent>
    </Sheet>
  );
}
