"use client";

import { Alert, AlertDescription, AlertTitle, Button } from "@tillbox/ui";
import { TriangleAlert } from "lucide-react";
import Link from "next/link";
import { useOpenIssueCount } from "./use-open-issue-count";

/** The dashboard's call to action while customers' money waits for an operator; nothing otherwise. */
export function OpenIssuesAlert() {
  const open = useOpenIssueCount();
  if (open === 0) return null;
  return (
    <Alert variant="destructive" data-testid="payment-issues-alert">
      <TriangleAlert />
      <AlertTitle>{open === 1 ? "1 payment was taken but not delivered" : `${open} payments were taken but not delivered`}</AlertTitle>
      <AlertDescription className="flex flex-wrap items-center justify-between gap-3">
        <span>Customers paid, but what they bought is not theirs yet, or the money has to go back. Retry, refund or resolve each one.</span>
        <Button asChild size="sm" variant="outline">
          <Link href="/payment-issues">Review payment issues</Link>
        </Button>
      </AlertDescription>
    </Alert>
  );
}
