import { z } from "zod";
import {
  adminInvoiceListSchema,
  checkoutResultSchema,
  getInvoice,
  getMyInvoice,
  invoiceDetailSchema,
  invoiceListSchema,
  invoicePageSchema,
  listInvoices,
  listMyInvoices,
  markInvoicePaid,
  markInvoiceUncollectible,
  payInvoice,
  voidInvoice,
} from "@tillbox/core";
import { authorizedProcedure, router, SIGNED_IN, type Context } from "@tillbox/trpc";
import { billingContextOf } from "../../billing-context";
import { idempotencyKeyInput, paymentProvidersFor, portalReturnUrl } from "../../payment-providers";

const self = (ctx: Context) => ctx.actor.id!;
const invoiceId = z.object({ invoiceId: z.string().uuid() });
const reason = z.string().trim().max(500).optional();

/**
 * billing.invoices.*: customers list and read their own invoices (another user's is "not found");
 * operators list all (billing:read) and mark paid, void or write off (billing:manage, audited).
 */
export const billingInvoicesRouter = router({
  mine: authorizedProcedure(SIGNED_IN)
    .input(invoiceListSchema.omit({ userId: true }).default({ page: 1, pageSize: 25 }))
    .output(invoicePageSchema)
    .query(({ ctx, input }) => listMyInvoices(billingContextOf(ctx), self(ctx), input)),

  get: authorizedProcedure(SIGNED_IN)
    .input(invoiceId)
    .output(invoiceDetailSchema)
    .query(({ ctx, input }) => getMyInvoice(billingContextOf(ctx), self(ctx), input.invoiceId)),

  /** The caller pays one of their open (or uncollectible) invoices; the outcome is checkout's (then capture, as after checkout). */
  pay: authorizedProcedure(SIGNED_IN)
    .input(invoiceId.extend({ provider: z.string().min(1).max(64), savePaymentMethod: z.boolean().optional(), idempotencyKey: idempotencyKeyInput }))
    .output(checkoutResultSchema)
    .mutation(async ({ ctx, input }) => {
      const providers = await paymentProvidersFor(ctx.db);
      return payInvoice(billingContextOf(ctx), { providers, returnUrl: portalReturnUrl() }, { ...input, userId: self(ctx) });
    }),

  list: authorizedProcedure("billing:read")
    .input(adminInvoiceListSchema.default({ page: 1, pageSize: 25 }))
    .query(({ ctx, input }) => listInvoices(billingContextOf(ctx), input)),

  detail: authorizedProcedure("billing:read")
    .input(invoiceId)
    .query(({ ctx, input }) => getInvoice(billingContextOf(ctx), input.invoiceId)),

  /** A bank transfer arrived: records the payment and fulfils the invoice. */
  markPaid: authorizedProcedure("billing:manage")
    .input(invoiceId.extend({ reference: z.string().trim().max(200).optional() }))
    .mutation(({ ctx, input }) => markInvoicePaid(billingContextOf(ctx), input.invoiceId, { reference: input.reference })),

  void: authorizedProcedure("billing:manage")
    .input(invoiceId.extend({ reason }))
    .mutation(({ ctx, input }) => voidInvoice(billingContextOf(ctx), input.invoiceId, { reason: input.reason })),

  markUncollectible: authorizedProcedure("billing:manage")
    .input(invoiceId.extend({ reason }))
    .mutation(({ ctx, input }) => markInvoiceUncollectible(billingContextOf(ctx), input.invoiceId, { reason: input.reason })),
});
