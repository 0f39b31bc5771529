import { z } from "zod";
import { chargeStatusSchema } from "../checkout/checkout-output";

export const chargeOutcomeSchema = z.object({
  invoiceId: z.string(),
  invoiceStatus: z.string(),
  paymentId: z.string().nullable(),
  /** pending also covers "the provider answered but we could not record it yet": a webhook or capture settles it. */
  status: chargeStatusSchema,
  nextActionUrl: z.string().nullable(),
  failureCode: z.string().nullable(),
});
export type ChargeOutcome = z.infer<typeof chargeOutcomeSchema>;

/** Amounts in minor units of `currency`. */
export const refundOutcomeSchema = z.object({
  refundId: z.string(),
  paymentId: z.string(),
  invoiceId: z.string(),
  status: z.string(),
  amount: z.number().int(),
  currency: z.string(),
  /** Null for money that never paid the invoice (a duplicate payment, one for a void invoice): no credit note. */
  creditNoteId: z.string().nullable(),
  creditNoteNumber: z.string().nullable(),
  taxAmount: z.number().int(),
  tokensDebited: z.number().int(),
});
export type RefundOutcome = z.infer<typeof refundOutcomeSchema>;
