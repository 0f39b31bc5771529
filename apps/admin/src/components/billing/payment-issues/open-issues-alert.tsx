"use client";

import { Alert, AlertDescription, AlertTitle, Button } from "@tillbox/ui";
import { TriangleAlert } from "lucide-react";
import Link from "next/link";
import { useOpenIssueCount } from "./use-open-issue-count";
import { useMessages } from "@tillbox/plugin-sdk/ui";

/** The dashboard's call to action while customers' money waits for an operator; nothing otherwise. */
export function OpenIssuesAlert() {
  const { t } = useMessages("app.paymentIssues");
  const open = useOpenIssueCount();
  if (open === 0) return null;
  return (
    <Alert variant="destructive" data-testid="payment-issues-alert">
      <TriangleAlert />
      <AlertTitle>{t("openIssuesTitle", { count: open })}</AlertTitle>
      <AlertDescription className="flex flex-wrap items-center justify-between gap-3">
        <span>{t("customersPaidButWhatThey")}</span>
        <Button asChild size="sm" variant="outline">
          <Link href="/payment-issues">{t("reviewPaymentIssues")}</Link>
        </Button>
      </AlertDescription>
    </Alert>
  );
}
