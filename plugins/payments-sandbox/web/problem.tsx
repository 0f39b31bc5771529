"use client";

import { Alert, AlertDescription, Icon } from "@tillbox/plugin-sdk/ui";
import type { ReactNode } from "react";

/** An error the customer can read, styled like the portal's own form alerts. */
export function Problem({ children }: { children: ReactNode }) {
  return (
    <Alert variant="destructive">
      <Icon name="CircleAlert" aria-hidden />
      <AlertDescription>{children}</AlertDescription>
    </Alert>
  );
}
