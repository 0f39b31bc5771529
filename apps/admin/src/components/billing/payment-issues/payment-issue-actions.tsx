"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { Button } from "@tillbox/ui";
import { RotateCw } from "lucide-react";
import { useCan } from "~/components/auth/access";
import { errorMessage, useTRPC } from "~/lib/trpc";
import { isRefundable, isRetryable } from "./issue-kinds";
import { RefundIssueDialog } from "./refund-issue-dialog";
import { ResolveIssueDialog } from "./resolve-issue-dialog";
import type { IssueRef } from "./types";
import { useMessages } from "@tillbox/plugin-sdk/ui";

export interface RetryNotice {
  ok: boolean;
  text: string;
}

/**
 * Retry now (failed deliveries only), Refund payment (money that bought nothing) and Resolve, for an open issue. The retry's outcome goes to
 * the host (onRetried): a delivered issue closes and its row leaves the open list with these buttons.
 */
export function PaymentIssueActions({ issue, onRetried }: { issue: IssueRef; onRetried: (notice: RetryNotice) => void }) {
  const { t } = useMessages("app.paymentIssues");
  const trpc = useTRPC();
  const can = useCan();
  const queryClient = useQueryClient();
  const retry = useMutation(
    trpc.billing.paymentIssues.retry.mutationOptions({
      // The outcome (delivered or still failing) is the notice under the row.
      meta: { toast: false },
      onSuccess: (outcome) =>
        onRetried(outcome.fulfilled ? { ok: true, text: t("deliveredTheIssueIsClosed") } : { ok: false, text: `Still failing: ${outcome.message}` }),
      onError: (error) => onRetried({ ok: false, text: errorMessage(error) }),
      onSettled: () => queryClient.invalidateQueries({ queryKey: trpc.billing.pathKey() }),
    }),
  );
  if (issue.status !== "open") return null;
  const mayRetry = isRetryable(issue) && can("billing.paymentIssues.retry");
  const mayResolve = can("billing.paymentIssues.resolve");
  const mayRefund = isRefundable(issue) && can("billing.payments.refund");

  return (
    <div className="flex flex-wrap justify-end gap-2">
      {mayRetry ? (
        <Button size="sm" disabled={retry.isPending} onClick={() => retry.mutate({ issueId: issue.id })}>
          <RotateCw aria-hidden /> {retry.isPending ? t("retrying") : t("retryNow")}
        </Button>
      ) : null}
      {mayRefund ? <RefundIssueDialog issue={issue} /> : null}
      {mayResolve ? <ResolveIssueDialog issue={issue} /> : null}
    </div>
  );
}

export function RetryNoticeLine({ notice }: { notice: RetryNotice | null }) {
  if (!notice) return null;
  return (
    <p role="status" className={notice.ok ? "text-sm text-success" : "text-sm text-destructive"}>
      {notice.text}
    </p>
  );
}
