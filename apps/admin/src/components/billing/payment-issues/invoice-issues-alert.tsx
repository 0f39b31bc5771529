"use client";

import { Alert, AlertDescription, AlertTitle } from "@tillbox/ui";
import { TriangleAlert } from "lucide-react";
import Link from "next/link";
import { useState } from "react";
import { issueKindLabel } from "./issue-kinds";
import { PaymentIssueActions, RetryNoticeLine, type RetryNotice } from "./payment-issue-actions";
import { useMessages } from "@tillbox/plugin-sdk/ui";

interface InvoiceIssue {
  id: string;
  kind: string;
  status: string;
  paymentId: string;
  message: string;
  payment?: { amount: number; currency: string };
}

/** Top of the invoice detail: each open payment issue of this invoice, with its actions. */
export function InvoiceIssuesAlert({ issues }: { issues: readonly InvoiceIssue[] }) {
  const { t } = useMessages("app.paymentIssues");
  const [notice, setNotice] = useState<RetryNotice | null>(null);
  const open = issues.filter((issue) => issue.status === "open");
  if (open.length === 0)
    return notice ? (
      <div className="mb-6">
        <RetryNoticeLine notice={notice} />
      </div>
    ) : null;
  return (
    <div className="mb-6 grid gap-3">
      {open.map((issue) => (
        <Alert key={issue.id} variant="destructive" data-testid="invoice-payment-issue">
          <TriangleAlert />
          <AlertTitle>{t("issueTitle", { kind: issueKindLabel(issue.kind, t) })}</AlertTitle>
          <AlertDescription className="grid gap-2">
            <p>{issue.message}</p>
            <div className="flex flex-wrap items-center justify-between gap-2">
              <Link href="/payment-issues" className="font-medium underline-offset-4 hover:underline">
                {t("allPaymentIssues")}
              </Link>
              <PaymentIssueActions issue={issue} onRetried={setNotice} />
            </div>
          </AlertDescription>
        </Alert>
      ))}
      <RetryNoticeLine notice={notice} />
    </div>
  );
}
