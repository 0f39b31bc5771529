import { getEnabledPluginSlugs } from "@tillbox/api";
import type { Metadata } from "next";
import { NextIntlClientProvider } from "next-intl";
import { getLocale } from "next-intl/server";
import { headers } from "next/headers";
import type { ReactNode } from "react";
import { ImpersonationNotice } from "~/components/auth/impersonation-notice";
import { Providers } from "~/components/providers";
import { SiteFooter } from "~/components/site-footer";
import { SiteHeader } from "~/components/site-header";
import { inter } from "~/lib/font";
import "./globals.css";

// Enabled plugins are read on every request so a toggle in the admin shows up without a restart.
export const dynamic = "force-dynamic";

export const metadata: Metadata = {
  title: { default: "Tillbox", template: "%s · Tillbox" },
  description: "Subscriptions, invoices, tokens and a shop for your digital product, on your own servers.",
};

export default async function RootLayout({ children }: { children: ReactNode }) {
  const enabled = await getEnabledPluginSlugs();
  const nonce = (await headers()).get("x-nonce") ?? undefined;
  const locale = await getLocale();
  return (
    // suppressHydrationWarning: the theme script sets <html class> before React hydrates.
    <html lang={locale} className={inter.variable} suppressHydrationWarning>
      <body className="flex min-h-screen flex-col font-sans">
        <NextIntlClientProvider>
          <Providers enabled={enabled} nonce={nonce}>
            {/* One sticky block, so the banner stays above the header while scrolling. */}
            <div className="sticky top-0 z-40">
              <ImpersonationNotice />
              <SiteHeader />
            </div>
            <main className="flex-1">{children}</main>
            <SiteFooter />
          </Providers>
        </NextIntlClientProvider>
      </body>
    </html>
  );
}
