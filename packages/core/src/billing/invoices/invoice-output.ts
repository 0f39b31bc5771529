import { z } from "zod";

export const invoiceStatusSchema = z.enum(["draft", "open", "paid", "void", "uncollectible"]);

const refundStateSchema = z.enum(["refunded", "partially_refunded"]).nullable();
const minor = z.number().int();

/** The invoice's own columns. Amounts in minor units of `currency`; `customer` and `seller` are the snapshots printed on it. */
const invoiceRowSchema = z.object({
  id: z.string(),
  tenantId: z.string(),
  userId: z.string(),
  subscriptionId: z.string().nullable(),
  number: z.string().nullable(),
  status: invoiceStatusSchema,
  billingReason: z.string(),
  currency: z.string(),
  subtotal: minor,
  taxTotal: minor,
  total: minor,
  amountPaid: minor,
  amountRefunded: minor,
  reverseCharge: z.boolean(),
  customer: z.unknown(),
  seller: z.unknown(),
  cart: z.unknown(),
  provider: z.string().nullable(),
  collectionMethod: z.enum(["charge_automatically", "send_invoice"]),
  periodStart: z.date().nullable(),
  periodEnd: z.date().nullable(),
  dueAt: z.date().nullable(),
  finalizedAt: z.date().nullable(),
  paidAt: z.date().nullable(),
  voidedAt: z.date().nullable(),
  createdAt: z.date(),
  updatedAt: z.date(),
});

const creditNoteSchema = z.object({
  id: z.string(),
  tenantId: z.string(),
  invoiceId: z.string(),
  number: z.string(),
  amount: minor,
  taxAmount: minor,
  currency: z.string(),
  reason: z.string().nullable(),
  status: z.string(),
  voidedAt: z.date().nullable(),
  createdAt: z.date(),
});

/** A row of an invoice list, with its credit notes so a refunded row shows its documents without a second request. */
export const invoiceSummarySchema = invoiceRowSchema
  .pick({
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
  })
  .extend({
    creditNotes: z.array(
      creditNoteSchema.pick({
        id: true,
        number: true,
        amount: true,
        currency: true,
        status: true,
        createdAt: true,
      }),
    ),
    refundState: refundStateSchema,
  });

export const invoicePageSchema = z.object({
  items: z.array(invoiceSummarySchema),
  total: z.number().int(),
  page: z.number().int(),
  pageSize: z.number().int(),
});
export type InvoicePage = z.infer<typeof invoicePageSchema>;

const invoiceLineSchema = z.object({
  id: z.string(),
  tenantId: z.string(),
  invoiceId: z.string(),
  position: z.number().int(),
  kind: z.string(),
  source: z.string(),
  description: z.string(),
  quantity: z.number().int(),
  unitAmount: z.number().int(),
  amount: z.number().int(),
  taxRateId: z.string().nullable(),
  taxMillipercent: z.number().int(),
  taxInclusive: z.boolean(),
  taxAmount: z.number().int(),
  periodStart: z.date().nullable(),
  periodEnd: z.date().nullable(),
  refs: z.unknown(),
});

const refundSchema = z.object({
  id: z.string(),
  tenantId: z.string(),
  paymentId: z.string(),
  creditNoteId: z.string().nullable(),
  provider: z.string(),
  providerRefundId: z.string().nullable(),
  amount: z.number().int(),
  currency: z.string(),
  status: z.string(),
  reason: z.string().nullable(),
  countsOnInvoice: z.boolean(),
  createdAt: z.date(),
});

const paymentSchema = z.object({
  id: z.string(),
  tenantId: z.string(),
  invoiceId: z.string(),
  provider: z.string(),
  providerPaymentId: z.string().nullable(),
  status: z.enum(["pending", "requires_action", "succeeded", "failed", "canceled"]),
  amount: z.number().int(),
  currency: z.string(),
  amountRefunded: z.number().int(),
  nextActionUrl: z.string().nullable(),
  failureCode: z.string().nullable(),
  failureMessage: z.string().nullable(),
  paymentMethodId: z.string().nullable(),
  providerRequest: z.unknown(),
  checkAfter: z.date().nullable(),
  createdAt: z.date(),
  capturedAt: z.date().nullable(),
  refunds: z.array(refundSchema),
});

/** One invoice with its lines, payments (with refunds) and credit notes. */
export const invoiceDetailSchema = invoiceRowSchema.extend({
  lines: z.array(invoiceLineSchema),
  payments: z.array(paymentSchema),
  creditNotes: z.array(creditNoteSchema),
  refundState: refundStateSchema,
});
export type InvoiceDetail = z.infer<typeof invoiceDetailSchema>;
