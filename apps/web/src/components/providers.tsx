"use client";

import { HostProviders } from "@tillbox/plugin-sdk/react";
import { ThemeProvider, Toaster } from "@tillbox/ui";
import type { ReactNode } from "react";
import { slotRegistry } from "~/slots.generated";

/** `nonce`: this response's CSP nonce, for the theme's inline script (see ThemeProvider). */
export function Providers({ enabled, nonce, children }: { enabled: string[]; nonce?: string; children: ReactNode }) {
  return (
    <ThemeProvider nonce={nonce}>
      <HostProviders registry={slotRegistry} enabled={enabled}>
        {children}
        <Toaster />
      </HostProviders>
    </ThemeProvider>
  );
}
