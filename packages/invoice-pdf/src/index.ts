export { renderCreditNotePdf, renderInvoicePdf } from "./render";
export { currencyExponent, formatMoney, pdfSafe } from "./format";
export { taxSummary, type TaxSummaryLine } from "./tax-summary";
export { REVERSE_CHARGE_NOTE } from "./invoice-document";
export { documentLabels, documentLocale } from "./labels";
export type { CreditNotePdfInput, InvoicePdfInput, PdfAddress, PdfCustomer, PdfInvoiceLine, PdfSeller } from "./types";
