import { renderToBuffer } from "@react-pdf/renderer";
import { CreditNoteDocument } from "./credit-note-document";
import { InvoiceDocument } from "./invoice-document";
import type { CreditNotePdfInput, InvoicePdfInput } from "./types";

// The document components are plain functions (no hooks): calling them yields the <Document>
// element renderToBuffer wants at its root.

/** The invoice as a PDF (A4, Helvetica, no network access). */
export function renderInvoicePdf(invoice: InvoicePdfInput): Promise<Buffer> {
  return renderToBuffer(InvoiceDocument({ invoice }));
}

export function renderCreditNotePdf(note: CreditNotePdfInput): Promise<Buffer> {
  return renderToBuffer(CreditNoteDocument({ note }));
}
