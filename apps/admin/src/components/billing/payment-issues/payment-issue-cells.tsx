import { resolutionLabel } from "./issue-kinds";
import type { PaymentIssueRow } from "./types";
import { useMessages } from "@tillbox/plugin-sdk/ui";
import { useFormat } from "~/lib/use-format";

/** Attempts and the next automatic retry; only failed deliveries are retried at all. */
export function RetryCell({ issue }: { issue: PaymentIssueRow }) {
  const { formatDateTime, formatRelative } = useFormat();
  const { t } = useMessages("app.paymentIssues");
  if (issue.kind !== "fulfilment_failed") return <span className="text-muted-foreground">{t("notRetried")}</span>;
  const attempts = `${issue.attempts} ${issue.attempts === 1 ? "attempt" : "attempts"}`;
  if (issue.status !== "open") return <span className="text-muted-foreground">{attempts}</span>;
  return (
    <div>
      {attempts}
      <div className="text-xs text-muted-foreground" title={formatDateTime(issue.nextRetryAt)}>
        {issue.nextRetryAt ? `next ${formatRelative(issue.nextRetryAt)}` : "no more automatic retries"}
      </div>
    </div>
  );
}

/** The reason in one or two lines; the whole text is in the title. */
export function MessageCell({ message }: { message: string }) {
  return (
    <p className="line-clamp-2 max-w-xs text-xs text-muted-foreground" title={message}>
      {message}
    </p>
  );
}

export function ResolutionCell({ issue }: { issue: PaymentIssueRow }) {
  const { formatDateTime } = useFormat();
  const { t } = useMessages("app.paymentIssues");
  const label = resolutionLabel(issue.resolution, t) ?? issue.resolution ?? t("resolved");
  return (
    <div className="text-right">
      <span className="font-medium">{label}</span>
      <div className="text-xs text-muted-foreground">{formatDateTime(issue.resolvedAt)}</div>
      {issue.note ? (
        <p className="line-clamp-2 max-w-xs text-xs text-muted-foreground" title={issue.note}>
          {issue.note}
        </p>
      ) : null}
    </div>
  );
}
