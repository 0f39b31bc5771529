import { LocaleSwitcher, ThemeSwitcher } from "@tillbox/ui";
import { redirect } from "next/navigation";
import type { ReactNode } from "react";
import { AccessProvider } from "~/components/auth/access";
import { AdminImpersonationBanner } from "~/components/auth/admin-impersonation-banner";
import { hasBackOfficeAccess, loadViewer } from "~/components/auth/load-viewer";
import { NoAccess } from "~/components/auth/no-access";
import { UserMenu } from "~/components/auth/user-menu";
import { MobileNav } from "~/components/mobile-nav";
import { Sidebar } from "~/components/sidebar";
import { chooseLocale } from "~/i18n/choose-locale";

/**
 * Every back-office page sits behind this: no session → /sign-in; a session without any
 * back-office scope → "no access" (the API refuses such callers anyway; this only explains it).
 */
export default async function ConsoleLayout({ children }: { children: ReactNode }) {
  const viewer = await loadViewer();
  if (!viewer) redirect("/sign-in");
  const allowed = hasBackOfficeAccess(viewer);
  return (
    <AccessProvider initial={viewer.access}>
      {viewer.impersonation ? <AdminImpersonationBanner viewingAs={viewer.name ?? viewer.email} adminName={viewer.impersonation.adminName} /> : null}
      <div className="flex min-h-screen">
        <Sidebar />
        <div className="flex min-w-0 flex-1 flex-col">
          <header className="flex h-14 items-center justify-between gap-2 border-b border-border px-4 md:justify-end md:px-6">
            <MobileNav />
            <div className="flex items-center gap-2 sm:gap-3">
              {/* Below sm the switcher moves into the menu drawer: a phone header has no room for it. */}
              <LocaleSwitcher choose={chooseLocale} className="hidden sm:inline-flex" />
              <ThemeSwitcher />
              <UserMenu name={viewer.name} email={viewer.email} />
            </div>
          </header>
          <main className="mx-auto w-full max-w-6xl flex-1 px-4 py-6 sm:px-6 sm:py-8 lg:px-10">{allowed ? children : <NoAccess email={viewer.email} />}</main>
        </div>
      </div>
    </AccessProvider>
  );
}
