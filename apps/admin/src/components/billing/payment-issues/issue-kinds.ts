import type { PaymentIssueKind, PaymentIssueResolution } from "./types";

type Translate = (key: string) => string;

/**
 * Keyed by the API's kinds: a kind added in core fails the typecheck here until it is listed; its
 * words are app.paymentIssues.kindName.<kind> in messages/<locale>.json.
 */
const knownKinds: Record<PaymentIssueKind, true> = { fulfilment_failed: true, invoice_not_payable: true, duplicate_payment: true, amount_mismatch: true };

export const issueKinds = Object.keys(knownKinds) as PaymentIssueKind[];

/** `t` reads app.paymentIssues; a kind this build doesn't know is shown as the API names it. */
export function issueKindLabel(kind: string, t: Translate): string {
  return kind in knownKinds ? t(`kindName.${kind}`) : kind.replace(/_/g, " ");
}

/** Only a failed delivery can be fixed by delivering again; the server refuses the rest. */
export function isRetryable(issue: { kind: string; status: string }): boolean {
  return issue.status === "open" && issue.kind === "fulfilment_failed";
}

const knownResolutions: Record<PaymentIssueResolution | "fulfilled", true> = { fulfilled: true, refunded: true, dismissed: true };

/** app.paymentIssues.resolutionName.<resolution>; null for none or one this build doesn't know. */
export function resolutionLabel(resolution: string | null | undefined, t: Translate): string | null {
  return resolution && resolution in knownResolutions ? t(`resolutionName.${resolution}`) : null;
}

/** Money that bought nothing goes back to the customer; the other kinds are about delivery or trust. */
export function isRefundable(issue: { kind: string; status: string }): boolean {
  return issue.status === "open" && (issue.kind === "duplicate_payment" || issue.kind === "invoice_not_payable");
}
