import { router } from "@tillbox/trpc";
import { billingWalletRouter } from "./wallet-router";
import { billingCheckoutRouter } from "./checkout-router";
import { billingInvoicesRouter } from "./invoices-router";
import { billingPaymentsRouter } from "./payments-router";
import { billingPaymentIssuesRouter } from "./payment-issues-router";
import { billingSubscriptionsRouter } from "./subscriptions-router";
import { billingCatalogueRouter } from "./catalogue-router";
import { billingSettingsRouter } from "./billing-settings-router";

/**
 * The billing namespace: catalogue, settings, checkout, invoices, payments and their issues,
 * subscriptions and the token wallet. Each area's router lives next to this file.
 */
export const billingRouter = router({
  catalogue: billingCatalogueRouter,
  settings: billingSettingsRouter,
  wallet: billingWalletRouter,
  checkout: billingCheckoutRouter,
  invoices: billingInvoicesRouter,
  payments: billingPaymentsRouter,
  paymentIssues: billingPaymentIssuesRouter,
  subscriptions: billingSubscriptionsRouter,
});
