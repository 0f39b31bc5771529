import { z } from "zod";
import { previewLineSchema } from "../checkout/checkout-output";

const statusSchema = z.enum(["incomplete", "incomplete_expired", "trialing", "active", "past_due", "paused", "canceled", "unpaid"]);

/** A subscription as the lifecycle procedures return it (cancel, pause, resume …). Amounts in minor units of `currency`. */
export const subscriptionSchema = z.object({
  id: z.string(),
  tenantId: z.string(),
  userId: z.string(),
  planId: z.string(),
  singleCategoryId: z.string().nullable(),
  status: statusSchema,
  currency: z.string(),
  unitAmount: z.number().int(),
  quantity: z.number().int(),
  collectionMethod: z.enum(["charge_automatically", "send_invoice"]),
  provider: z.string().nullable(),
  paymentMethodId: z.string().nullable(),
  currentPeriodStart: z.date(),
  currentPeriodEnd: z.date(),
  billingCycleAnchor: z.date(),
  periodIndex: z.number().int(),
  planChangedAt: z.date().nullable(),
  trialStart: z.date().nullable(),
  trialEnd: z.date().nullable(),
  trialReminderSentAt: z.date().nullable(),
  cancelAtPeriodEnd: z.boolean(),
  canceledAt: z.date().nullable(),
  endedAt: z.date().nullable(),
  pausedAt: z.date().nullable(),
  /** The plan a downgrade switches to at the period end. */
  scheduledPlanId: z.string().nullable(),
  latestInvoiceId: z.string().nullable(),
  dunningAttempts: z.number().int(),
  nextRetryAt: z.date().nullable(),
  createdAt: z.date(),
  updatedAt: z.date(),
});
export type SubscriptionView = z.infer<typeof subscriptionSchema>;

/** The customer's list: each subscription with its plan and the plan of any scheduled change. */
export const mySubscriptionSchema = subscriptionSchema.extend({
  plan: z.object({
    id: z.string(),
    slug: z.string(),
    name: z.string(),
    interval: z.enum(["week", "month", "year", "one_time"]),
    intervalCount: z.number().int(),
    tokenGrant: z.number().int(),
    features: z.unknown(),
  }),
  scheduledPlan: z.object({ id: z.string(), slug: z.string(), name: z.string() }).nullable(),
});
export type MySubscription = z.infer<typeof mySubscriptionSchema>;

export const changeModeSchema = z.enum(["invoice", "pending", "none", "scheduled"]);

/** Amounts in minor units of `currency`. */
export const subscriptionChangePreviewSchema = z.object({
  subscriptionId: z.string(),
  fromPlanId: z.string(),
  fromPlanName: z.string(),
  toPlanId: z.string(),
  toPlanName: z.string(),
  direction: z.enum(["upgrade", "downgrade"]),
  effective: z.enum(["now", "period_end"]),
  effectiveAt: z.date(),
  /** An interval change applied now: the billing cycle restarts at effectiveAt and ends at newPeriodEnd. */
  periodRestarts: z.boolean(),
  newPeriodEnd: z.date().nullable(),
  /** Tokens granted when the change applies (a prorated top-up, or a restarted period's full grant). */
  tokensGranted: z.number().int(),
  mode: changeModeSchema,
  behavior: z.enum(["always_invoice", "create_prorations", "none"]),
  /** Pass it back to applySubscriptionChange to be charged exactly this preview. */
  prorationDate: z.date(),
  currency: z.string(),
  lines: z.array(previewLineSchema),
  subtotal: z.number().int(),
  taxTotal: z.number().int(),
  total: z.number().int(),
  /** Charged when the change is applied. */
  amountDueNow: z.number().int(),
  /** Added to the next renewal invoice (before tax). */
  pendingAmount: z.number().int(),
});
export type SubscriptionChangePreview = z.infer<typeof subscriptionChangePreviewSchema>;

/** JSON-safe (idempotent replays return the stored JSON): dates are ISO strings. */
export const applyChangeResultSchema = z.object({
  status: z.enum(["applied", "scheduled", "requires_action", "pending_payment", "payment_failed"]),
  mode: changeModeSchema,
  invoiceId: z.string().nullable(),
  amountDue: z.number().int(),
  pendingAmount: z.number().int(),
  prorationDate: z.string(),
  nextActionUrl: z.string().nullable(),
  failureCode: z.string().nullable(),
});
export type ApplyChangeResult = z.infer<typeof applyChangeResultSchema>;
