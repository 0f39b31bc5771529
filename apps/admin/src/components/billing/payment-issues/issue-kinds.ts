import type { PaymentIssueKind, PaymentIssueResolution } from "./types";

/** Keyed by the API's kinds: a kind added in core fails the typecheck here until it has words. */
export const issueKindLabels: Record<PaymentIssueKind, string> = {
  fulfilment_failed: "Delivery failed",
  invoice_not_payable: "Invoice not payable",
  duplicate_payment: "Duplicate payment",
  amount_mismatch: "Amount mismatch",
};

export const issueKinds = Object.keys(issueKindLabels) as PaymentIssueKind[];

export function issueKindLabel(kind: string): string {
  return issueKindLabels[kind as PaymentIssueKind] ?? kind.replace(/_/g, " ");
}

/** Only a failed delivery can be fixed by delivering again; the server refuses the rest. */
export function isRetryable(issue: { kind: string; status: string }): boolean {
  return issue.status === "open" && issue.kind === "fulfilment_failed";
}

export const resolutionLabels: Record<PaymentIssueResolution | "fulfilled", string> = {
  fulfilled: "Delivered",
  refunded: "Refunded",
  dismissed: "Dismissed",
};

/** Money that bought nothing goes back to the customer; the other kinds are about delivery or trust. */
export function isRefundable(issue: { kind: string; status: string }): boolean {
  return issue.status === "open" && (issue.kind === "duplicate_payment" || issue.kind === "invoice_not_payable");
}
