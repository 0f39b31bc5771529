"use client";

import { useTheme } from "next-themes";
import type { CSSProperties } from "react";
import { Toaster as Sonner, toast, type ToasterProps } from "sonner";
import { useMessages } from "./messages";

export { toast };

// Toasts take the theme's variables, so they follow a re-brand and the dark theme.
const themed = {
  "--normal-bg": "var(--popover)",
  "--normal-text": "var(--popover-foreground)",
  "--normal-border": "var(--border)",
  "--success-bg": "color-mix(in oklch, var(--success) 12%, var(--popover))",
  "--success-text": "var(--popover-foreground)",
  "--success-border": "color-mix(in oklch, var(--success) 40%, var(--popover))",
  "--error-bg": "color-mix(in oklch, var(--destructive) 12%, var(--popover))",
  "--error-text": "var(--popover-foreground)",
  "--error-border": "color-mix(in oklch, var(--destructive) 40%, var(--popover))",
} as CSSProperties;

/** Where toasts appear (one per app, in its providers); `toast` from this module adds one. */
export function Toaster(props: ToasterProps) {
  const { theme } = useTheme();
  const { t } = useMessages("ui");
  return (
    <Sonner theme={(theme ?? "system") as ToasterProps["theme"]} richColors closeButton containerAriaLabel={t("notifications")} style={themed} {...props} />
  );
}
