import { z } from "zod";

/** One priced line as the customer sees it (previews and plan-change previews); periods are ISO strings. */
export const previewLineSchema = z.object({
  kind: z.string(),
  source: z.string(),
  description: z.string(),
  quantity: z.number().int(),
  unitAmount: z.number().int(),
  amount: z.number().int(),
  taxAmount: z.number().int(),
  taxRate: z
    .object({
      name: z.string(),
      millipercent: z.number().int(),
      inclusive: z.boolean(),
    })
    .nullable(),
  periodStart: z.string().nullable(),
  periodEnd: z.string().nullable(),
});
export type PreviewLine = z.infer<typeof previewLineSchema>;

/** Amounts in minor units of `currency`. */
export const checkoutPreviewSchema = z.object({
  currency: z.string(),
  reverseCharge: z.boolean(),
  notes: z.array(z.string()),
  lines: z.array(previewLineSchema),
  subtotal: z.number().int(),
  taxTotal: z.number().int(),
  total: z.number().int(),
});
export type CheckoutPreview = z.infer<typeof checkoutPreviewSchema>;

/** A payment's outcome: "paid" when nothing more is needed, else the payment's status. */
export const chargeStatusSchema = z.enum(["pending", "requires_action", "succeeded", "failed", "canceled", "paid"]);

export const checkoutResultSchema = z.object({
  invoiceId: z.string(),
  invoiceNumber: z.string(),
  total: z.number().int(),
  currency: z.string(),
  subscriptionIds: z.array(z.string()),
  /**
   * "paid" (zero total, or captured at once), or the payment's status: requires_action → send the
   * customer to nextActionUrl, then call capture with paymentId. For a trial that saves a payment
   * method, paymentId is the zero-amount setup payment and capture confirms the saved method.
   */
  status: chargeStatusSchema,
  invoiceStatus: z.string(),
  paymentId: z.string().nullable(),
  nextActionUrl: z.string().nullable(),
  failureCode: z.string().nullable(),
});
export type CheckoutResult = z.infer<typeof checkoutResultSchema>;
