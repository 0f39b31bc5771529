import { z } from "zod";
import {
  applyChangeResultSchema,
  applySubscriptionChange,
  cancelScheduledChange,
  cancelSubscription,
  getSubscription,
  listMySubscriptions,
  listSubscriptions,
  pauseSubscription,
  mySubscriptionSchema,
  previewSubscriptionChange,
  resumeSubscription,
  subscriptionChangePreviewSchema,
  subscriptionListSchema,
  subscriptionSchema,
} from "@tillbox/core";
import { authorizedProcedure, router, SIGNED_IN, type Context } from "@tillbox/trpc";
import { billingContextOf } from "../../billing-context";
import { billingPluginsFor, idempotencyKeyInput } from "../../payment-providers";
import { subscriptionDepsFor } from "../../subscription-deps";

/** "signed-in" guarantees an id; customer procedures act on the caller's own subscriptions only. */
const self = (ctx: Context) => ctx.actor.id!;
const subscriptionId = z.string().uuid();
const behavior = z.enum(["always_invoice", "create_prorations", "none"]);
const changeInput = z.object({
  subscriptionId,
  toPlanId: z.string().uuid(),
  /** The preview's prorationDate; omitted = now. */
  prorationDate: z.coerce.date().optional(),
  behavior: behavior.default("always_invoice"),
  /** Apply a downgrade now (with a credit carried to the next invoice) instead of at the period end. */
  immediate: z.boolean().optional(),
});
const byId = z.object({ subscriptionId });

/**
 * billing.subscriptions.*: the customer's own subscriptions (list, preview and apply a plan change
 * with an Idempotency-Key, cancel a scheduled change, cancel now or at period end, resume, pause)
 * and operators' list, detail, cancel, cancel a scheduled change, pause and resume of anyone's
 * (billing:read / billing:manage, audited).
 */
export const billingSubscriptionsRouter = router({
  mine: authorizedProcedure(SIGNED_IN)
    .output(z.array(mySubscriptionSchema))
    .query(({ ctx }) => listMySubscriptions(ctx.db, ctx.tenantId, self(ctx))),

  /** Exact lines, tax, total and the prorationDate to pass back to `change`. Writes nothing. */
  previewChange: authorizedProcedure(SIGNED_IN)
    .input(changeInput)
    .output(subscriptionChangePreviewSchema)
    .mutation(async ({ ctx, input }) => {
      const { handlers } = await billingPluginsFor(ctx.db);
      return previewSubscriptionChange(billingContextOf(ctx), input, { handlers, ownerId: self(ctx) });
    }),

  change: authorizedProcedure(SIGNED_IN)
    .input(changeInput.extend({ prorationDate: z.coerce.date(), idempotencyKey: idempotencyKeyInput }))
    .output(applyChangeResultSchema)
    .mutation(async ({ ctx, input }) => applySubscriptionChange(billingContextOf(ctx), await subscriptionDepsFor(ctx.db), input, self(ctx))),

  /** Keep the current plan: releases the change scheduled for the period end (CONFLICT when none is). */
  cancelScheduledChange: authorizedProcedure(SIGNED_IN)
    .input(byId)
    .output(subscriptionSchema)
    .mutation(({ ctx, input }) => cancelScheduledChange(billingContextOf(ctx), input, self(ctx))),

  cancel: authorizedProcedure(SIGNED_IN)
    .input(byId.extend({ atPeriodEnd: z.boolean().default(true) }))
    .output(subscriptionSchema)
    .mutation(({ ctx, input }) => cancelSubscription(billingContextOf(ctx), input, self(ctx))),

  resume: authorizedProcedure(SIGNED_IN)
    .input(byId)
    .output(subscriptionSchema)
    .mutation(({ ctx, input }) => resumeSubscription(billingContextOf(ctx), input, self(ctx))),

  pause: authorizedProcedure(SIGNED_IN)
    .input(byId)
    .output(subscriptionSchema)
    .mutation(({ ctx, input }) => pauseSubscription(billingContextOf(ctx), input, self(ctx))),

  admin: router({
    list: authorizedProcedure("billing:read")
      .input(subscriptionListSchema)
      .query(({ ctx, input }) => listSubscriptions(ctx.db, ctx.tenantId, input)),

    get: authorizedProcedure("billing:read")
      .input(byId)
      .query(({ ctx, input }) => getSubscription(ctx.db, ctx.tenantId, input.subscriptionId)),

    cancel: authorizedProcedure("billing:manage")
      .input(byId.extend({ atPeriodEnd: z.boolean().default(false) }))
      .mutation(({ ctx, input }) => cancelSubscription(billingContextOf(ctx), input)),

    cancelScheduledChange: authorizedProcedure("billing:manage")
      .input(byId)
      .mutation(({ ctx, input }) => cancelScheduledChange(billingContextOf(ctx), input)),

    pause: authorizedProcedure("billing:manage")
      .input(byId)
      .mutation(({ ctx, input }) => pauseSubscription(billingContextOf(ctx), input)),

    resume: authorizedProcedure("billing:manage")
      .input(byId)
      .mutation(({ ctx, input }) => resumeSubscription(billingContextOf(ctx), input)),
  }),
});
