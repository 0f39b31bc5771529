"use client";

import { ThemeProvider as NextThemesProvider } from "next-themes";
import type { ReactNode } from "react";

export const themes = ["light", "dark", "system"] as const;
export type ThemeChoice = (typeof themes)[number];

/**
 * Light, dark or the system's choice, remembered per browser. next-themes puts a small script in
 * the page that sets the `dark` class on <html> before the first paint (no flash of the wrong
 * theme); the layout's <html> needs suppressHydrationWarning since that class is not the server's.
 * `nonce`: the page's CSP nonce, without which production refuses the inline script.
 */
export function ThemeProvider({ nonce, children }: { nonce?: string; children: ReactNode }) {
  return (
    <NextThemesProvider attribute="class" defaultTheme="system" enableSystem disableTransitionOnChange storageKey="tillbox-theme" nonce={nonce}>
      {children}
    </NextThemesProvider>
  );
}
