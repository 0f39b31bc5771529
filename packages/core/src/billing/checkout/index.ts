export * from "./line-items";
export { priceHandler } from "./price-handler";
export { orderHandlers, runHandlers, computeTotals, type CheckoutTotals } from "./run-handlers";
export { loadCheckoutState } from "./load-checkout-state";
export {
  cartInputSchema,
  cartItemSchema,
  coreLineItemHandlers,
  parseCart,
  previewCheckout,
  previewLine,
  priceCart,
  type CartInput,
  type CheckoutPreview,
  type PreviewLine,
} from "./price-cart";
export { chargeStatusSchema, checkoutPreviewSchema, checkoutResultSchema, previewLineSchema } from "./checkout-output";
export { checkout, type CheckoutDeps, type CheckoutInput, type CheckoutResult } from "./checkout";
export { planTrialCollection, startsTrial, type TrialCollection } from "./trial-collection";
