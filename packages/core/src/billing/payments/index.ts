export * from "./provider-contract";
export { createPaymentProviders, isAvailable, staticPaymentProviders, type PaymentProviders, type ProviderEntry, type ProviderHost } from "./provider-registry";
export { fulfilInvoice, lockInvoice } from "./fulfil-invoice";
export { applyProviderResult, subscriptionIdsOf } from "./apply-provider-result";
export { chargeInvoice, createPaymentRow, executePayment, settlePayment, type ChargeOutcome, type PaymentDeps } from "./charge-invoice";
export { chargeOutcomeSchema, refundOutcomeSchema } from "./payment-output";
export { capturePayment, type CaptureInput } from "./capture-payment";
export { saveMethod } from "./save-method";
export { applySetupResult, isSetupPayment, recordSetup } from "./setup-payments";
export { confirmSetupPayment } from "./confirm-setup";
export { refundInputSchema, refundPayment, type RefundPaymentInput, type RefundOutcome } from "./refund-payment";
export { handleProviderWebhook, type WebhookDeps, type WebhookOutcome } from "./provider-webhooks";
export { listPayments, paymentListSchema, type PaymentListInput } from "./payment-queries";
export { payInvoice, type PayInvoiceInput, type PayInvoiceResult } from "./pay-invoice";
export { fulfilOrQueue, type QueuedFulfilment } from "./fulfil-or-queue";
export { PAYMENT_ISSUE_KINDS, PAYMENT_ISSUE_RESOLUTIONS, type PaymentIssueKind, type PaymentIssueResolution } from "./payment-issues";
export {
  countOpenPaymentIssues,
  listPaymentIssues,
  paymentIssueListSchema,
  paymentIssueResolveSchema,
  resolvePaymentIssue,
  type PaymentIssueListInput,
  type PaymentIssueResolveInput,
} from "./payment-issue-admin";
export { retryDueFulfilments, retryFulfilment, type FulfilmentRetry } from "./payment-issue-retry";
export { recoverStalePayments, type RecoveryResult } from "./recover-payments";
export { createPaymentRecoveryFunction } from "./payment-recovery-function";
