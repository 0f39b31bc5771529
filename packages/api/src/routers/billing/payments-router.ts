import { z } from "zod";
import {
  capturePayment,
  chargeOutcomeSchema,
  listPayments,
  paymentListSchema,
  positiveMinorUnitsSchema,
  refundOutcomeSchema,
  refundPayment,
} from "@tillbox/core";
import { authorizedProcedure, router, SIGNED_IN } from "@tillbox/trpc";
import { billingContextOf } from "../../billing-context";
import { idempotencyKeyInput, paymentProvidersFor, portalReturnUrl } from "../../payment-providers";

/** The caller finishes one of their own payments (after 3-D Secure or a hosted page's return). */
export const captureProcedure = authorizedProcedure(SIGNED_IN)
  .input(z.object({ paymentId: z.string().uuid(), idempotencyKey: idempotencyKeyInput }))
  .output(chargeOutcomeSchema)
  .mutation(async ({ ctx, input }) => {
    const providers = await paymentProvidersFor(ctx.db);
    return capturePayment(billingContextOf(ctx), { providers, returnUrl: portalReturnUrl() }, { ...input, userId: ctx.actor.id! });
  });

/**
 * billing.payments.*: capture (customer, own payment), refunds through the original provider with a
 * credit note (billing:refund, Idempotency-Key), and the admin list.
 */
export const billingPaymentsRouter = router({
  capture: captureProcedure,

  refund: authorizedProcedure("billing:refund")
    .input(
      z.object({
        paymentId: z.string().uuid().optional(),
        invoiceId: z.string().uuid().optional(),
        amount: positiveMinorUnitsSchema.optional(),
        reason: z.string().trim().max(500).optional(),
        idempotencyKey: idempotencyKeyInput,
      }),
    )
    .output(refundOutcomeSchema)
    .mutation(async ({ ctx, input }) => {
      const providers = await paymentProvidersFor(ctx.db);
      return refundPayment(billingContextOf(ctx), { providers }, input);
    }),

  list: authorizedProcedure("billing:read")
    .input(paymentListSchema.default({ page: 1, pageSize: 25 }))
    .query(({ ctx, input }) => listPayments(billingContextOf(ctx), input)),
});
