export { CreditNoteList, type CreditNoteItem } from "./credit-note-list";
export { InvoiceStatusBadge } from "./invoice-status-badge";
