"use client";

import type { SlotComponentProps } from "@tillbox/plugin-sdk/react";

export const config = { zone: "admin.sidebar", label: "{{name}}", href: "/plugins/{{slug}}", icon: "Puzzle", order: 100 };

/** The host renders the link from config; a badge (a count, say) would go here. */
export function {{PascalName}}SidebarBadge(_props: SlotComponentProps) {
  return null;
}

export default {{PascalName}}SidebarBadge;
