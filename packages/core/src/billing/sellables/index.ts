export {
  defineSellable,
  LINE_FULFILMENT_STATES,
  type AnySellable,
  type LineFulfilmentState,
  type RefundSlice,
  type ReleaseReason,
  type Reservation,
  type ReserveInput,
  type Sellable,
  type SellableItem,
  type SoldInvoice,
  type SoldLine,
} from "./sellable";
export { createSellableRegistry, PLUGIN_KIND_PATTERN, registerPluginSellables, sellableRegistry, type SellableRegistry } from "./registry";
export { cartQuantitySchema } from "./cart-quantity";
export { fulfilLines, refundLines, releaseLines, type InvoiceWithLines } from "./line-steps";
export { assertSingleCategoriesFree, LIVE_SUBSCRIPTION_STATUSES } from "./plans/single-category";
