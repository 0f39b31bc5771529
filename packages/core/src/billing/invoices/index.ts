export { nextDocumentNumber, renderDocumentNumber, renderNumberPrefix, type DocumentKind } from "./document-number";
export { customerSnapshot, sellerSnapshot } from "./party-snapshots";
export { createInvoiceFromState, finalizeInvoice, type BillingReason, type InvoiceOptions } from "./create-invoice";
export { markInvoicePaid, markInvoiceUncollectible, voidInvoice, OUT_OF_BAND_PROVIDER } from "./invoice-status";
export { invoiceDetailSchema, invoicePageSchema, invoiceSummarySchema, type InvoiceDetail, type InvoicePage } from "./invoice-output";
export {
  adminInvoiceListSchema,
  getInvoice,
  getMyInvoice,
  invoiceListSchema,
  invoiceStatusSchema,
  listInvoices,
  listMyInvoices,
  type AdminInvoiceListInput,
  type InvoiceListInput,
} from "./invoice-queries";
export { refundStateOf, withRefundState, type RefundState } from "./refund-state";
