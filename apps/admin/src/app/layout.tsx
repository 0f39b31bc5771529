import { getEnabledPluginSlugs } from "@tillbox/api";
import type { Metadata } from "next";
import type { ReactNode } from "react";
import { DevBanner } from "~/components/dev-banner";
import { Providers } from "~/components/providers";
import { Sidebar } from "~/components/sidebar";
import { inter } from "~/lib/font";
import "./globals.css";

// Enabled plugins are read on every request so a toggle shows up without a restart.
export const dynamic = "force-dynamic";

export const metadata: Metadata = {
  title: { default: "Tillbox Admin", template: "%s · Tillbox Admin" },
  description: "Back-office for your Tillbox store.",
};

export default async function RootLayout({ children }: { children: ReactNode }) {
  const enabled = await getEnabledPluginSlugs();
  return (
    <html lang="en" className={inter.variable}>
      <body className="min-h-screen font-sans">
        <Providers enabled={enabled}>
          <div className="flex min-h-screen flex-col md:flex-row">
            <Sidebar />
            <div className="flex min-w-0 flex-1 flex-col">
              <DevBanner />
              <main className="mx-auto w-full max-w-6xl flex-1 px-6 py-8 lg:px-10">{children}</main>
            </div>
          </div>
        </Providers>
      </body>
    </html>
  );
}
