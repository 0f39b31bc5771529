import { getEnabledPluginSlugs } from "@tillbox/api";
import type { Metadata } from "next";
import { NextIntlClientProvider } from "next-intl";
import { getLocale } from "next-intl/server";
import { headers } from "next/headers";
import type { ReactNode } from "react";
import { Providers } from "~/components/providers";
import { inter } from "~/lib/font";
import "./globals.css";

// Enabled plugins and the session are read on every request so a toggle or sign-out shows at once.
export const dynamic = "force-dynamic";

export const metadata: Metadata = {
  title: { default: "Tillbox Admin", template: "%s · Tillbox Admin" },
  description: "Back-office for your Tillbox store.",
};

/** The document only: (console) adds the signed-in shell, (auth) the sign-in screen. */
export default async function RootLayout({ children }: { children: ReactNode }) {
  const enabled = await getEnabledPluginSlugs();
  const nonce = (await headers()).get("x-nonce") ?? undefined;
  const locale = await getLocale();
  return (
    // suppressHydrationWarning: the theme script sets <html class> before React hydrates.
    <html lang={locale} className={inter.variable} suppressHydrationWarning>
      <body className="min-h-screen font-sans">
        <NextIntlClientProvider>
          <Providers enabled={enabled} nonce={nonce}>
            {children}
          </Providers>
        </NextIntlClientProvider>
      </body>
    </html>
  );
}
