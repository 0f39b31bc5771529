"use client";

import { Icon, cn } from "@tillbox/ui";
import { isSidebarConfig, Slot, useSlotEntries } from "@tillbox/ui/slot";
import {
  Activity,
  FileText,
  HandCoins,
  KeyRound,
  LayoutDashboard,
  Mail,
  Network,
  Package,
  Percent,
  Puzzle,
  Repeat,
  ScrollText,
  Settings,
  ShieldCheck,
  Users,
  type LucideIcon,
} from "lucide-react";
import Link from "next/link";
import { usePathname } from "next/navigation";
import type { ComponentType, ReactNode } from "react";
import { useMessages } from "@tillbox/plugin-sdk/ui";
import { useCan } from "./auth/access";
import { OpenIssuesBadge } from "./billing/payment-issues/open-issues-badge";

// Plugins is exact: /plugins/<slug> pages belong to the plugin's own sidebar entry.
// `procedure` gates the entry: shown only when the server would answer that page's main query.
// `badge` is a count beside the label (rendered only for entries the operator may open).
// `label` is a key of the app.nav messages.
const coreLinks: { href: string; label: string; icon: LucideIcon; exact: boolean; procedure?: string; badge?: ComponentType }[] = [
  { href: "/", label: "dashboard", icon: LayoutDashboard, exact: true },
  { href: "/users", label: "users", icon: Users, exact: false, procedure: "users.list" },
  { href: "/invoices", label: "invoices", icon: FileText, exact: false, procedure: "billing.invoices.list" },
  { href: "/payment-issues", label: "paymentIssues", icon: HandCoins, exact: false, procedure: "billing.paymentIssues.list", badge: OpenIssuesBadge },
  { href: "/subscriptions", label: "subscriptions", icon: Repeat, exact: false, procedure: "billing.subscriptions.admin.list" },
  { href: "/plans", label: "plans", icon: Package, exact: false, procedure: "billing.catalogue.admin.plans.list" },
  { href: "/tax-rates", label: "taxRates", icon: Percent, exact: false, procedure: "billing.catalogue.admin.taxRates.list" },
  { href: "/roles", label: "roles", icon: ShieldCheck, exact: false, procedure: "roles.matrix" },
  { href: "/audit", label: "audit", icon: ScrollText, exact: false, procedure: "audit.list" },
  { href: "/api-keys", label: "apiKeys", icon: KeyRound, exact: false, procedure: "apiKeys.list" },
  { href: "/mail", label: "mail", icon: Mail, exact: false, procedure: "mail.list" },
  { href: "/tenants", label: "tenants", icon: Network, exact: false, procedure: "tenants.list" },
  { href: "/plugins", label: "plugins", icon: Puzzle, exact: true, procedure: "plugins.list" },
  { href: "/events", label: "events", icon: Activity, exact: false, procedure: "events.list" },
  { href: "/settings", label: "settings", icon: Settings, exact: false, procedure: "billing.settings.get" },
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

/** The logo row; links home. */
export function Brand() {
  return (
    <Link href="/" className="flex h-14 shrink-0 items-center gap-2 px-5 font-semibold tracking-tight">
      <span className="grid size-7 place-items-center rounded-md bg-primary text-sm text-primary-foreground">T</span>
      Tillbox <span className="font-normal text-muted-foreground">Admin</span>
    </Link>
  );
}

/**
 * Every entry the operator may open: core pages, then plugin entries. The desktop sidebar and the
 * small-screen menu render the same list, so no entry exists in one and not the other.
 * `onNavigate` runs when a link is followed (the menu closes itself with it).
 */
export function SidebarNav({ onNavigate }: { onNavigate?: () => void }) {
  const pathname = usePathname();
  const can = useCan();
  const hasPluginLinks = useSlotEntries("admin.sidebar").length > 0;
  const { t } = useMessages("app.nav");
  const plugins = useMessages("");
  return (
    <nav
      aria-label={t("main")}
      className="flex flex-1 flex-col gap-6 overflow-y-auto px-3 py-4"
      onClick={(event) => (event.target instanceof Element && event.target.closest("a") ? onNavigate?.() : undefined)}
    >
      <div className="flex flex-col gap-0.5">
        {coreLinks
          .filter((link) => !link.procedure || can(link.procedure))
          .map(({ href, label, icon: LinkIcon, exact, badge: LinkBadge }) => (
            <NavLink key={href} href={href} active={isActive(pathname, href, exact)}>
              <LinkIcon aria-hidden />
              {t(label)}
              {LinkBadge ? <LinkBadge /> : null}
            </NavLink>
          ))}
      </div>
      <div className="flex flex-col gap-0.5" data-testid="plugin-nav">
        {hasPluginLinks ? <p className="px-2.5 pb-1 text-xs font-medium tracking-wide text-muted-foreground uppercase">{t("extensions")}</p> : null}
        <Slot
          zone="admin.sidebar"
          render={(entry) => {
            if (!isSidebarConfig(entry.config)) return null;
            const Badge = entry.component;
            return (
              <NavLink href={entry.config.href} active={isActive(pathname, entry.config.href)}>
                <Icon name={entry.config.icon} aria-hidden />
                {/* A plugin names its entry in its own messages (sidebarLabel); the manifest's label is the fallback. */}
                <span className="flex-1">{plugins.has(`${entry.plugin}.sidebarLabel`) ? plugins.t(`${entry.plugin}.sidebarLabel`) : entry.config.label}</span>
                <Badge plugin={entry.plugin} zone="admin.sidebar" config={entry.config} />
              </NavLink>
            );
          }}
        />
      </div>
    </nav>
  );
}

/** From md up: a fixed column. Below md the same entries live in the header's menu (MobileNav). */
export function Sidebar() {
  return (
    <aside className="sticky top-0 hidden h-screen w-60 shrink-0 flex-col border-r border-sidebar-border bg-sidebar md:flex">
      <Brand />
      <SidebarNav />
    </aside>
  );
}
