"use client";

import { HostProviders } from "@tillbox/plugin-sdk/react";
import type { ReactNode } from "react";
import { slotRegistry } from "~/slots.generated";

export function Providers({ enabled, children }: { enabled: string[]; children: ReactNode }) {
  return (
    <HostProviders registry={slotRegistry} enabled={enabled}>
      {children}
    </HostProviders>
  );
}
