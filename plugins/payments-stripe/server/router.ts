import { procedure, router } from "./api";
import { missingStripeEnv, stripeUnavailableReason } from "./env";

/** Mounted as trpc.paymentsStripe.*. */
export const paymentsStripeRouter = router({
  /** Whether the keys are set and in which mode, without revealing them. */
  status: procedure("payments-stripe:read").query(() => {
    const key = process.env.STRIPE_SECRET_KEY?.trim() ?? "";
    const mode = key.startsWith("sk_live_") || key.startsWith("rk_live_") ? "live" : key ? "test" : null;
    return {
      configured: missingStripeEnv().length === 0,
      missing: missingStripeEnv(),
      mode,
      webhookPath: "/api/webhooks/stripe",
      /** Shown by the admin next to the enabled plugin: why checkout doesn't offer it. */
      unavailableReason: stripeUnavailableReason(),
    };
  }),
});

export type PaymentsStripeRouter = typeof paymentsStripeRouter;
