"use client";

import { Icon, cn } from "@tillbox/ui";
import { isSidebarConfig, Slot, useSlotEntries } from "@tillbox/ui/slot";
import { Activity, FileText, KeyRound, LayoutDashboard, Mail, Network, Package, Percent, Puzzle, Repeat, ScrollText, ShieldCheck, Users, type LucideIcon } from "lucide-react";
import Link from "next/link";
import { usePathname } from "next/navigation";
import type { ReactNode } from "react";
import { useCan } from "./auth/access";

// Plugins is exact: /plugins/<slug> pages belong to the plugin's own sidebar entry.
// `procedure` gates the entry: shown only when the server would answer that page's main query.
const coreLinks: { href: string; label: string; icon: LucideIcon; exact: boolean; procedure?: string }[] = [
  { href: "/", label: "Dashboard", icon: LayoutDashboard, exact: true },
  { href: "/users", label: "Users", icon: Users, exact: false, procedure: "users.list" },
  { href: "/invoices", label: "Invoices", icon: FileText, exact: false, procedure: "billing.invoices.list" },
  { href: "/subscriptions", label: "Subscriptions", icon: Repeat, exact: false, procedure: "billing.subscriptions.admin.list" },
  { href: "/plans", label: "Plans", icon: Package, exact: false, procedure: "billing.catalogue.admin.plans.list" },
  { href: "/tax-rates", label: "Tax rates", icon: Percent, exact: false, procedure: "billing.catalogue.admin.taxRates.list" },
  { href: "/roles", label: "Roles", icon: ShieldCheck, exact: false, procedure: "roles.matrix" },
  { href: "/audit", label: "Audit log", icon: ScrollText, exact: false, procedure: "audit.list" },
  { href: "/api-keys", label: "API keys", icon: KeyRound, exact: false, procedure: "apiKeys.list" },
  { href: "/mail", label: "Mailbox", icon: Mail, exact: false, procedure: "mail.list" },
  { href: "/tenants", label: "Tenants", icon: Network, exact: false, procedure: "tenants.list" },
  { href: "/plugins", label: "Plugins", icon: Puzzle, exact: true, procedure: "plugins.list" },
  { href: "/events", label: "Events", icon: Activity, exact: false, procedure: "events.list" },
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
  const can = useCan();
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
          {coreLinks.filter((link) => !link.procedure || can(link.procedure)).map(({ href, label, icon: LinkIcon, exact }) => (
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
    </aside>
  );
}
