import { procedure, router } from "./api";
import { DEFAULT_PAYPAL_API_BASE, missingPaypalEnv, paypalUnavailableReason } from "./env";

/** Mounted as trpc.paymentsPaypal.*. */
export const paymentsPaypalRouter = router({
  /** Whether the credentials are set and which PayPal environment is used, never the secrets. */
  status: procedure("payments-paypal:read").query(() => {
    const apiBase = process.env.PAYPAL_API_BASE?.trim() || DEFAULT_PAYPAL_API_BASE;
    return {
      configured: missingPaypalEnv().length === 0,
      missing: missingPaypalEnv(),
      environment: apiBase.includes("sandbox") ? "sandbox" : apiBase === "https://api-m.paypal.com" ? "live" : "custom",
      webhookPath: "/api/webhooks/paypal",
      /** Shown by the admin next to the enabled plugin: why checkout doesn't offer it. */
      unavailableReason: paypalUnavailableReason(),
    };
  }),
});

export type PaymentsPaypalRouter = typeof paymentsPaypalRouter;
