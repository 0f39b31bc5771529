"use client";

import { Badge } from "@tillbox/ui";
import { useOpenIssueCount } from "./use-open-issue-count";

/** The sidebar's count of open payment issues; hidden at 0. */
export function OpenIssuesBadge() {
  const open = useOpenIssueCount();
  if (open === 0) return null;
  return (
    <Badge variant="destructive" className="ml-auto tabular-nums" data-testid="payment-issues-badge" aria-label={`${open} open`}>
      {open}
    </Badge>
  );
}
