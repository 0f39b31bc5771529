"use client";

import { HostProviders } from "@tillbox/plugin-sdk/react";
import type { ReactNode } from "react";
import { slotRegistry } from "~/slots.generated";

/** The shared host providers with this app's generated slot registry. */
export function Providers({ enabled, nonce, children }: { enabled: string[]; nonce?: string; children: ReactNode }) {
  return (
    <HostProviders registry={slotRegistry} enabled={enabled} nonce={nonce}>
      {children}
    </HostProviders>
  );
}
