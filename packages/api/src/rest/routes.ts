import { creditNotePdfResponse, invoicePdfResponse } from "../invoice-pdf";
import type { ProcedureRoute, RestRoute } from "./types";

/**
 * The REST API (/api/v1): which appRouter procedures are exposed, at which method and path.
 * The one place a core procedure's REST path is declared: kept in one table rather than as
 * `.meta()` on each procedure, so the public contract is reviewed in one place and the routers stay
 * plain records. Plugins, which can't edit this file, opt in with `.meta({ rest: { method, path } })`
 * instead; a procedure declared both ways is a problem. Every entry must resolve: the route table
 * test fails on a missing procedure, a mutation on GET, or an unknown path parameter.
 */
export const restRoutes: RestRoute[] = [
  { method: "GET", path: "/health", procedure: "health", summary: "Service health: database, migrations, plugins", tags: ["platform"] },
  { method: "GET", path: "/me", procedure: "account.me", summary: "The caller: profile, roles and the scopes this request holds", tags: ["account"] },
  {
    method: "PATCH",
    path: "/me",
    procedure: "account.updateProfile",
    summary: "Update the caller's profile and billing details (omitted fields stay, null clears)",
    tags: ["account"],
  },
  { method: "GET", path: "/api-keys", procedure: "apiKeys.list", summary: "The caller's API keys (never the secret)", tags: ["account"] },
  // Billing (customer-facing; refund is the operators').
  {
    method: "GET",
    path: "/plans",
    procedure: "billing.catalogue.plans",
    summary: "The public catalogue in one currency: active plans by category, add-ons, token bundles",
    tags: ["catalogue"],
  },
  {
    method: "POST",
    path: "/checkout/preview",
    procedure: "billing.checkout.preview",
    summary: "Price a cart: lines, tax and totals, without writing anything",
    tags: ["checkout"],
  },
  {
    method: "POST",
    path: "/checkout",
    procedure: "billing.checkout.create",
    summary: "Check out a cart: invoice and payment (Idempotency-Key)",
    tags: ["checkout"],
    successStatus: 201,
  },
  {
    method: "POST",
    path: "/payments/{paymentId}/capture",
    procedure: "billing.payments.capture",
    summary: "Finish a payment after the customer acted (Idempotency-Key)",
    tags: ["payments"],
  },
  { method: "GET", path: "/invoices", procedure: "billing.invoices.mine", summary: "The caller's invoices", tags: ["invoices"] },
  { method: "GET", path: "/invoices/{invoiceId}", procedure: "billing.invoices.get", summary: "One invoice with its lines", tags: ["invoices"] },
  {
    method: "POST",
    path: "/invoices/{invoiceId}/pay",
    procedure: "billing.invoices.pay",
    summary: "Pay an open invoice with a provider: checkout's outcome, then capture (Idempotency-Key)",
    tags: ["invoices"],
  },
  { method: "GET", path: "/wallet", procedure: "billing.wallet.balance", summary: "The caller's token balance", tags: ["wallet"] },
  { method: "GET", path: "/wallet/ledger", procedure: "billing.wallet.ledger", summary: "The caller's token ledger, newest first", tags: ["wallet"] },
  { method: "GET", path: "/subscriptions", procedure: "billing.subscriptions.mine", summary: "The caller's subscriptions", tags: ["subscriptions"] },
  {
    method: "POST",
    path: "/subscriptions/{subscriptionId}/preview-change",
    procedure: "billing.subscriptions.previewChange",
    summary: "Preview an upgrade or downgrade: exact amounts and the proration timestamp to apply it with",
    tags: ["subscriptions"],
  },
  {
    method: "POST",
    path: "/subscriptions/{subscriptionId}/change",
    procedure: "billing.subscriptions.change",
    summary: "Apply a previewed change with its prorationDate: charges exactly the preview (Idempotency-Key)",
    tags: ["subscriptions"],
  },
  {
    method: "POST",
    path: "/subscriptions/{subscriptionId}/cancel-scheduled-change",
    procedure: "billing.subscriptions.cancelScheduledChange",
    summary: "Keep the current plan: drop the change scheduled for the period end (409 when none is)",
    tags: ["subscriptions"],
  },
  {
    method: "POST",
    path: "/subscriptions/{subscriptionId}/cancel",
    procedure: "billing.subscriptions.cancel",
    summary: "Cancel at period end (default) or now",
    tags: ["subscriptions"],
  },
  {
    method: "POST",
    path: "/subscriptions/{subscriptionId}/resume",
    procedure: "billing.subscriptions.resume",
    summary: "Resume a paused subscription or one set to cancel",
    tags: ["subscriptions"],
  },
  {
    method: "POST",
    path: "/subscriptions/{subscriptionId}/pause",
    procedure: "billing.subscriptions.pause",
    summary: "Pause a subscription",
    tags: ["subscriptions"],
  },
  {
    method: "POST",
    path: "/payments/{paymentId}/refund",
    procedure: "billing.payments.refund",
    summary: "Refund a payment in full or in part; issues a credit note (Idempotency-Key)",
    tags: ["admin"],
  },
  {
    method: "GET",
    path: "/invoices/{invoiceId}/pdf",
    operationId: "getInvoicePdf",
    permission: "signed-in",
    responseContentType: "application/pdf",
    summary: "An invoice as PDF",
    description: "The caller's own invoice, or any invoice with scope `billing:read`; others answer 404. Drafts answer 409 INVOICE_NOT_FINALIZED.",
    tags: ["invoices"],
    handle: (ctx, params) => invoicePdfResponse(ctx, params.invoiceId!),
  },
  {
    method: "GET",
    path: "/credit-notes/{creditNoteId}/pdf",
    operationId: "getCreditNotePdf",
    permission: "signed-in",
    responseContentType: "application/pdf",
    summary: "A credit note as PDF",
    description: "Readable by whoever may read the invoice it corrects.",
    tags: ["invoices"],
    handle: (ctx, params) => creditNotePdfResponse(ctx, params.creditNoteId!),
  },
];

/**
 * Routes waiting for their procedures (another area's router that hasn't landed): each entry
 * carries a `// TODO(<procedure>)` line; when the procedure exists under that name (check its input
 * fields against the path parameters), move the entry into restRoutes. Not served; the route-table
 * test checks that a ready one resolves. Empty now: every planned billing route is mapped.
 */
export const plannedRestRoutes: ProcedureRoute[] = [];
