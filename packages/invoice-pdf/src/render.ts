import { renderToBuffer } from "@react-pdf/renderer";
import { CreditNoteDocument } from "./credit-note-document";
import { fontsReady } from "./fonts";
import { InvoiceDocument } from "./invoice-document";
import type { CreditNotePdfInput, InvoicePdfInput } from "./types";

// The document components are plain functions (no hooks): calling them yields the <Document>
// element renderToBuffer wants at its root.

/** The invoice as a PDF (A4, embedded Noto Sans read from node_modules, no network access). */
export async function renderInvoicePdf(invoice: InvoicePdfInput): Promise<Buffer> {
  await fontsReady();
  return renderToBuffer(InvoiceDocument({ invoice }));
}

export async function renderCreditNotePdf(note: CreditNotePdfInput): Promise<Buffer> {
  await fontsReady();
  return renderToBuffer(CreditNoteDocument({ note }));
}
