import { z } from "zod";
import { cartInputSchema, checkout, checkoutPreviewSchema, checkoutResultSchema, customerSnapshot, previewCheckout } from "@tillbox/core";
import { authorizedProcedure, router, SIGNED_IN, type Context } from "@tillbox/trpc";
import { billingContextOf } from "../../billing-context";
import { billingPluginsFor, idempotencyKeyInput, portalReturnUrl } from "../../payment-providers";
import { captureProcedure } from "./payments-router";

/** "signed-in" guarantees an id; checkout always buys for the caller. */
const self = (ctx: Context) => ctx.actor.id!;

/**
 * billing.checkout.*: the customer prices a cart, sees which providers are offered for their
 * country and the currency, and checks out (Idempotency-Key required). Always for the caller.
 */
export const billingCheckoutRouter = router({
  preview: authorizedProcedure(SIGNED_IN)
    .input(cartInputSchema)
    .output(checkoutPreviewSchema)
    .mutation(async ({ ctx, input }) => {
      const { handlers, enabledPlugins } = await billingPluginsFor(ctx.db);
      return previewCheckout(billingContextOf(ctx), self(ctx), input, handlers, enabledPlugins);
    }),

  create: authorizedProcedure(SIGNED_IN)
    .input(cartInputSchema.extend({ provider: z.string().min(1).max(64).optional(), idempotencyKey: idempotencyKeyInput }))
    .output(checkoutResultSchema)
    .mutation(async ({ ctx, input }) => {
      const { idempotencyKey: key, provider, ...cart } = input;
      const plugins = await billingPluginsFor(ctx.db);
      return checkout(billingContextOf(ctx), { ...plugins, returnUrl: portalReturnUrl() }, { userId: self(ctx), cart, provider, idempotencyKey: key });
    }),

  /** Same as billing.payments.capture: finish a payment after 3-D Secure or a hosted page. */
  capture: captureProcedure,

  /** Payment providers offered for the caller's country and a currency. */
  providers: authorizedProcedure(SIGNED_IN)
    .input(z.object({ currency: z.string().regex(/^[A-Z]{3}$/, "must be an ISO 4217 code like EUR") }))
    .query(async ({ ctx, input }) => {
      const customer = await customerSnapshot(ctx.db, ctx.tenantId, self(ctx));
      const { providers } = await billingPluginsFor(ctx.db);
      return providers.forCheckout(customer.country, input.currency).map((provider) => ({
        key: provider.key,
        displayName: provider.displayName,
        supportsSavedMethods: provider.supportsSavedMethods,
      }));
    }),
});
