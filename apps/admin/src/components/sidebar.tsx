"use client";

import { Icon, cn } from "@tillbox/ui";
import { isSidebarConfig, Slot, useSlotEntries } from "@tillbox/ui/slot";
import { Activity, LayoutDashboard, Puzzle, type LucideIcon } from "lucide-react";
import Link from "next/link";
import { usePathname } from "next/navigation";
import type { ReactNode } from "react";

// Plugins is exact: /plugins/<slug> pages belong to the plugin's own sidebar entry.
const coreLinks: { href: string; label: string; icon: LucideIcon; exact: boolean }[] = [
  { href: "/", label: "Dashboard", icon: LayoutDashboard, exact: true },
  { href: "/plugins", label: "Plugins", icon: Puzzle, exact: true },
  { href: "/events", label: "Events", icon: Activity, exact: false },
];

function isActive(pathname: string, href: string, exact = false): boolean {
  return pathname === href || (!exact && href !== "/" && pathname.startsWith(`${href}/`));
}

function NavLink({ href, active, children }: { href: string; active: boolean; children: ReactNode }) {
  return (
    <Link
      href={href}
      aria-current={active ? "page" : undefined}
      className={cn(
        "flex shrink-0 items-center gap-2.5 rounded-md px-2.5 py-1.5 text-sm font-medium whitespace-nowrap transition-colors [&_svg]:size-4 [&_svg]:shrink-0",
        active ? "bg-sidebar-accent text-sidebar-accent-foreground" : "text-sidebar-foreground/80 hover:bg-sidebar-accent/60 hover:text-sidebar-foreground",
      )}
    >
      {children}
    </Link>
  );
}

export function Sidebar() {
  const pathname = usePathname();
  const hasPluginLinks = useSlotEntries("admin.sidebar").length > 0;
  // Below md the sidebar becomes a top bar with a scrollable row of links.
  return (
    <aside className="flex w-full shrink-0 flex-col border-b border-sidebar-border bg-sidebar md:sticky md:top-0 md:h-screen md:w-60 md:border-r md:border-b-0">
      <Link href="/" className="flex h-14 items-center gap-2 px-5 font-semibold tracking-tight">
        <span className="grid size-7 place-items-center rounded-md bg-primary text-sm text-primary-foreground">T</span>
        Tillbox <span className="font-normal text-muted-foreground">Admin</span>
      </Link>
      <nav aria-label="Main" className="flex flex-row gap-0.5 overflow-x-auto px-3 pb-2 md:flex-1 md:flex-col md:gap-6 md:overflow-y-auto md:py-4">
        <div className="flex flex-row gap-0.5 md:flex-col">
          {coreLinks.map(({ href, label, icon: LinkIcon, exact }) => (
            <NavLink key={href} href={href} active={isActive(pathname, href, exact)}>
              <LinkIcon aria-hidden />
              {label}
            </NavLink>
          ))}
        </div>
        <div className="flex flex-row gap-0.5 md:flex-col" data-testid="plugin-nav">
          {hasPluginLinks ? <p className="hidden px-2.5 pb-1 text-xs font-medium tracking-wide text-muted-foreground uppercase md:block">Extensions</p> : null}
          <Slot
            zone="admin.sidebar"
            render={(entry) => {
              if (!isSidebarConfig(entry.config)) return null;
              const Badge = entry.component;
              return (
                <NavLink href={entry.config.href} active={isActive(pathname, entry.config.href)}>
                  <Icon name={entry.config.icon} aria-hidden />
                  <span className="flex-1">{entry.config.label}</span>
                  <Badge plugin={entry.plugin} zone="admin.sidebar" config={entry.config} />
                </NavLink>
              );
            }}
          />
        </div>
      </nav>
      <div className="hidden border-t border-sidebar-border px-5 py-3 text-xs text-muted-foreground md:block">{process.env.NODE_ENV === "production" ? "Not signed in" : "Acting as the dev admin"}</div>
    </aside>
  );
}
