import { z } from "zod";
import { DomainError } from "@tillbox/core";
import { documentLocale, renderCreditNotePdf, renderInvoicePdf, type InvoicePdfInput, type PdfCustomer, type PdfSeller } from "@tillbox/invoice-pdf";
import { hasPermission, type Context } from "@tillbox/trpc";
import { paymentProvidersFor } from "./payment-providers";

/**
 * Invoice and credit-note PDFs for the portal (the owner), the REST API and the back-office
 * (billing:read). Read-only over the billing tables through the tenant-scoped ctx.db; the PDF
 * shows the customer and seller as snapshotted when the invoice was finalised.
 */

const text = z.string().nullish().catch(null);
const address = z.object({ line1: text, line2: text, city: text, postalCode: text, region: text, country: text }).partial().nullish().catch(null);
const customerSnapshot = z.object({ name: text, company: text, email: text, address, billingAddress: address, vatId: text }).partial().catch({});
const sellerSnapshot = z.object({ legalName: text, address, vatId: text, email: text }).partial().catch({});

export interface InvoicePdfDeps {
  /** Bank-transfer text for the invoice; default: its provider's invoiceInstructions (installed, enabled plugins). */
  paymentInstructions?: (invoice: { provider: string | null; number: string; amountDue: number; currency: string }) => Promise<string | null> | string | null;
}

/**
 * The instructions of the invoice's provider (payments-manual prints its bank details), while an
 * amount is due. A provider that fails here costs the PDF its instructions, not the PDF.
 */
async function instructionsFor(
  ctx: Context,
  invoice: { provider: string | null; number: string; amountDue: number; currency: string },
): Promise<string | null> {
  if (!invoice.provider || invoice.amountDue <= 0) return null;
  try {
    const provider = (await paymentProvidersFor(ctx.db)).get(invoice.provider);
    return provider?.invoiceInstructions?.({ invoiceNumber: invoice.number, amount: invoice.amountDue, currency: invoice.currency }) ?? null;
  } catch (error) {
    console.error(`Payment instructions of "${invoice.provider}" for invoice ${invoice.number} failed:`, error);
    return null;
  }
}

const notFound = () => new DomainError("INVOICE_NOT_FOUND", "No such invoice.", "NOT_FOUND");

/** The owner sees their own invoices; staff need billing:read. Anyone else gets "not found", not a hint that it exists. */
function assertMayRead(ctx: Context, ownerId: string): void {
  if (ctx.actor.id !== ownerId && !hasPermission(ctx.actor, "billing:read")) throw notFound();
}

async function loadInvoice(ctx: Context, invoiceId: string) {
  if (!z.uuid().safeParse(invoiceId).success) throw notFound();
  const invoice = await ctx.db.invoice.findFirst({
    where: { id: invoiceId, tenantId: ctx.tenantId },
    include: {
      lines: { orderBy: { position: "asc" } },
      user: { select: { name: true, company: true, email: true, billingAddress: true, vatId: true, locale: true } },
    },
  });
  if (!invoice) throw notFound();
  assertMayRead(ctx, invoice.userId);
  if (invoice.number === null || invoice.status === "draft") {
    throw new DomainError("INVOICE_NOT_FINALIZED", "A draft invoice has no PDF until it is finalised.", "CONFLICT");
  }
  return { ...invoice, number: invoice.number };
}

type LoadedInvoice = Awaited<ReturnType<typeof loadInvoice>>;

/** The snapshot, or (for invoices finalised before snapshots were taken) the current company settings. */
async function sellerOf(ctx: Context, invoice: LoadedInvoice): Promise<PdfSeller> {
  const snapshot = sellerSnapshot.parse(invoice.seller);
  if (snapshot.legalName) return { legalName: snapshot.legalName, address: snapshot.address, vatId: snapshot.vatId, email: snapshot.email };
  const settings = await ctx.db.billingSettings.findUnique({ where: { tenantId: ctx.tenantId } });
  return { legalName: settings?.legalName ?? "", address: address.parse(settings?.address), vatId: settings?.vatId, email: settings?.email };
}

function customerOf(invoice: LoadedInvoice): PdfCustomer {
  const snapshot = customerSnapshot.parse(invoice.customer);
  const hasSnapshot = Object.values(snapshot).some((value) => value);
  const source = hasSnapshot ? snapshot : { ...invoice.user, address: address.parse(invoice.user.billingAddress) };
  return { name: source.name, company: source.company, email: source.email, vatId: source.vatId, address: source.address ?? snapshot.billingAddress };
}

export async function invoicePdfInput(ctx: Context, invoiceId: string, deps: InvoicePdfDeps = {}): Promise<InvoicePdfInput> {
  const invoice = await loadInvoice(ctx, invoiceId);
  const rateIds = [...new Set(invoice.lines.flatMap((line) => (line.taxRateId ? [line.taxRateId] : [])))];
  const rates = rateIds.length > 0 ? await ctx.db.taxRate.findMany({ where: { id: { in: rateIds } }, select: { id: true, name: true } }) : [];
  const rateName = new Map(rates.map((rate) => [rate.id, rate.name]));
  const amountDue = Math.max(0, invoice.total - invoice.amountPaid);
  const settings = await ctx.db.billingSettings.findUnique({ where: { tenantId: ctx.tenantId }, select: { invoiceFooter: true } });
  const currency = await ctx.db.currency.findFirst({ where: { tenantId: ctx.tenantId, code: invoice.currency }, select: { exponent: true } });
  return {
    number: invoice.number,
    currency: invoice.currency,
    currencyExponent: currency?.exponent,
    issuedAt: invoice.finalizedAt ?? invoice.createdAt,
    dueAt: invoice.dueAt,
    paidAt: invoice.paidAt,
    seller: await sellerOf(ctx, invoice),
    customer: customerOf(invoice),
    lines: invoice.lines.map((line) => ({
      description: line.description,
      periodStart: line.periodStart,
      periodEnd: line.periodEnd,
      quantity: line.quantity,
      unitAmount: line.unitAmount,
      amount: line.amount,
      taxMillipercent: line.taxMillipercent,
      taxInclusive: line.taxInclusive,
      taxAmount: line.taxAmount,
      taxName: line.taxRateId ? rateName.get(line.taxRateId) : null,
    })),
    subtotal: invoice.subtotal,
    taxTotal: invoice.taxTotal,
    total: invoice.total,
    amountPaid: invoice.amountPaid,
    amountRefunded: invoice.amountRefunded,
    reverseCharge: invoice.reverseCharge,
    status: invoice.status,
    paymentInstructions: await (deps.paymentInstructions ?? ((target) => instructionsFor(ctx, target)))({
      provider: invoice.provider,
      number: invoice.number,
      amountDue,
      currency: invoice.currency,
    }),
    footer: settings?.invoiceFooter || null,
    // Printed for the customer, whoever downloads it: labels, amounts and dates in their language.
    locale: documentLocale(invoice.user.locale),
  };
}

/** attachment: a download (the apps' buttons, the API); inline: shown in the tab (a link followed from an email). */
export type PdfDisposition = "attachment" | "inline";

const pdfResponse = (pdf: Buffer, filename: string, disposition: PdfDisposition) =>
  new Response(new Uint8Array(pdf), {
    headers: {
      "content-type": "application/pdf",
      "content-disposition": `${disposition}; filename="${filename.replace(/[^\w.-]/g, "_")}.pdf"`,
      "cache-control": "private, no-store",
    },
  });

/** GET …/invoices/{id}/pdf */
export async function invoicePdfResponse(
  ctx: Context,
  invoiceId: string,
  deps: InvoicePdfDeps = {},
  disposition: PdfDisposition = "attachment",
): Promise<Response> {
  const input = await invoicePdfInput(ctx, invoiceId, deps);
  return pdfResponse(await renderInvoicePdf(input), input.number, disposition);
}

/** GET …/credit-notes/{id}/pdf: readable by whoever may read its invoice. */
export async function creditNotePdfResponse(ctx: Context, creditNoteId: string, disposition: PdfDisposition = "attachment"): Promise<Response> {
  if (!z.uuid().safeParse(creditNoteId).success) throw notFound();
  const note = await ctx.db.creditNote.findFirst({
    where: { id: creditNoteId, tenantId: ctx.tenantId },
    select: { invoiceId: true, number: true, amount: true, taxAmount: true, currency: true, reason: true, voidedAt: true, createdAt: true },
  });
  if (!note) throw notFound();
  const invoice = await invoicePdfInput(ctx, note.invoiceId);
  const pdf = await renderCreditNotePdf({
    number: note.number,
    invoiceNumber: invoice.number,
    currency: note.currency,
    currencyExponent: note.currency === invoice.currency ? invoice.currencyExponent : undefined,
    issuedAt: note.createdAt,
    seller: invoice.seller,
    customer: invoice.customer,
    amount: note.amount,
    taxAmount: note.taxAmount,
    reason: note.reason,
    voidedAt: note.voidedAt,
    reverseCharge: invoice.reverseCharge,
    footer: invoice.footer,
    locale: invoice.locale,
  });
  return pdfResponse(pdf, note.number, disposition);
}
