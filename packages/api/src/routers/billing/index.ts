import { router } from "@tillbox/trpc";

/**
 * The billing namespace: catalogue, settings, checkout, invoices, payments, subscriptions and the
 * token wallet. Each area's router lives next to this file.
 */
export const billingRouter = router({
});
