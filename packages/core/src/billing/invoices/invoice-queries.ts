import { z } from "zod";
import type { Prisma } from "@tillbox/db";
import { DomainError } from "../../errors";
import type { BillingContext } from "../context";
import { invoiceStatusSchema, type InvoiceDetail, type InvoicePage } from "./invoice-output";
import { withRefundState } from "./refund-state";

const detail = {
  lines: { orderBy: { position: "asc" } },
  payments: { orderBy: { createdAt: "asc" }, include: { refunds: { orderBy: { createdAt: "asc" } } } },
  creditNotes: { orderBy: { createdAt: "asc" } },
} satisfies Prisma.InvoiceInclude;

const summary = {
  id: true,
  number: true,
  status: true,
  billingReason: true,
  currency: true,
  subtotal: true,
  taxTotal: true,
  total: true,
  amountPaid: true,
  amountRefunded: true,
  userId: true,
  subscriptionId: true,
  provider: true,
  dueAt: true,
  finalizedAt: true,
  paidAt: true,
  createdAt: true,
  // Listed beside the invoice in both apps, so a refunded row shows its documents without a second request.
  creditNotes: { select: { id: true, number: true, amount: true, currency: true, status: true, createdAt: true }, orderBy: { createdAt: "asc" } },
} satisfies Prisma.InvoiceSelect;

export { invoiceStatusSchema };

export const invoiceListSchema = z.object({
  status: invoiceStatusSchema.optional(),
  userId: z.string().uuid().optional(),
  /** Matches the invoice number (contains, case-insensitive). */
  search: z.string().trim().max(100).optional(),
  from: z.coerce.date().optional(),
  to: z.coerce.date().optional(),
  page: z.number().int().min(1).default(1),
  pageSize: z.number().int().min(1).max(100).default(25),
});
export type InvoiceListInput = z.input<typeof invoiceListSchema>;

/** The back-office list also sorts (the customer's list and REST keep newest first). */
export const adminInvoiceListSchema = invoiceListSchema.extend({
  sort: z.object({ by: z.enum(["number", "total", "createdAt"]), direction: z.enum(["asc", "desc"]) }).optional(),
});
export type AdminInvoiceListInput = z.input<typeof adminInvoiceListSchema>;
type InvoiceSort = z.infer<typeof adminInvoiceListSchema>["sort"];

/** The id breaks ties so pages never repeat or skip an invoice; drafts (no number yet) sort last. */
function orderOf(sort: InvoiceSort): Prisma.InvoiceOrderByWithRelationInput[] {
  if (!sort) return [{ createdAt: "desc" }, { id: "desc" }];
  const key = sort.by === "number" ? { number: { sort: sort.direction, nulls: "last" as const } } : { [sort.by]: sort.direction };
  return [key, { id: "desc" }];
}

async function page(ctx: BillingContext, where: Prisma.InvoiceWhereInput, pageNumber: number, pageSize: number, sort?: InvoiceSort) {
  const [items, total] = await Promise.all([
    ctx.db.invoice.findMany({ where, select: summary, orderBy: orderOf(sort), skip: (pageNumber - 1) * pageSize, take: pageSize }),
    ctx.db.invoice.count({ where }),
  ]);
  return { items: items.map(withRefundState), total, page: pageNumber, pageSize };
}

/** The customer's own invoices (drafts are internal and never shown). */
export async function listMyInvoices(ctx: BillingContext, userId: string, input: InvoiceListInput = {}): Promise<InvoicePage> {
  const parsed = invoiceListSchema.parse(input);
  const where: Prisma.InvoiceWhereInput = { tenantId: ctx.tenantId, userId, status: parsed.status ?? { not: "draft" } };
  return page(ctx, where, parsed.page, parsed.pageSize);
}

/** One of the customer's own invoices with lines, payments, refunds and credit notes; another user's is "not found". */
export async function getMyInvoice(ctx: BillingContext, userId: string, invoiceId: string): Promise<InvoiceDetail> {
  const invoice = await ctx.db.invoice.findFirst({ where: { id: invoiceId, tenantId: ctx.tenantId, userId, status: { not: "draft" } }, include: detail });
  if (!invoice) throw new DomainError("INVOICE_NOT_FOUND", "No such invoice (field: invoiceId).", "NOT_FOUND");
  return withRefundState(invoice);
}

/** Every invoice of the tenant, filtered (admin). */
export async function listInvoices(ctx: BillingContext, input: AdminInvoiceListInput = {}) {
  const parsed = adminInvoiceListSchema.parse(input);
  const where: Prisma.InvoiceWhereInput = {
    tenantId: ctx.tenantId,
    status: parsed.status,
    userId: parsed.userId,
    number: parsed.search ? { contains: parsed.search, mode: "insensitive" } : undefined,
    createdAt: parsed.from || parsed.to ? { gte: parsed.from, lt: parsed.to } : undefined,
  };
  return page(ctx, where, parsed.page, parsed.pageSize, parsed.sort);
}

/** One invoice for operators: the customer's view plus payment issues (money taken that bought nothing yet). */
export async function getInvoice(ctx: BillingContext, invoiceId: string) {
  const invoice = await ctx.db.invoice.findFirst({
    where: { id: invoiceId, tenantId: ctx.tenantId },
    include: { ...detail, paymentIssues: { orderBy: { createdAt: "asc" } } },
  });
  if (!invoice) throw new DomainError("INVOICE_NOT_FOUND", "No such invoice (field: invoiceId).", "NOT_FOUND");
  return withRefundState(invoice);
}
