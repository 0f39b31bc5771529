export * from "./manifest";
export * from "./server";
export { DomainError, type Context, type Actor } from "@tillbox/trpc";
export { TRPCError } from "@trpc/server";
export type { Db, Tx, DbOrTx } from "@tillbox/db";
export { defineEvent, type EventDefinition, type EventPayload } from "@tillbox/events";
export { defineFunction, type TillboxEvent, type TillboxFunction, type FunctionContext, type FunctionTrigger, type StepTools } from "@tillbox/events";
export type { inferRouterInputs, inferRouterOutputs } from "@trpc/server";
export { emit } from "@tillbox/events";
export { isPluginEnabled, readPluginSettings } from "./plugin-state";
export { meter, type MeteredUser } from "./meter";
// The web.page contract; the server helpers for pages are in @tillbox/plugin-sdk/web.
export type { WebPageConfig, WebPageProps } from "@tillbox/ui/web-page-registry";
export { cartQuantitySchema, defineSellable, getTokenBalance, type TokenEntryResult } from "@tillbox/core";
export type {
  Cart,
  CartItem,
  CheckoutState,
  DraftLine,
  LineItemHandler,
  Sellable,
  AnySellable,
  SoldLine,
  SoldInvoice,
  Reservation,
  ReserveInput,
  ReleaseReason,
  RefundSlice,
  PaymentProvider,
  PaymentProviderRegistration,
  ProviderAvailability,
  CreatePaymentInput,
  ProviderPaymentResult,
  ProviderRefundResult,
  ProviderWebhookEvent,
  RefundInput,
  SavedMethodDetails,
  SavedMethodRef,
  SetupPaymentMethodInput,
  ProviderSetupResult,
  ProviderHostServices,
} from "@tillbox/core";
export { WebhookVerificationError } from "@tillbox/core";
/** Secrets a plugin must read back (e.g. HMAC keys) are stored encrypted with TILLBOX_ENCRYPTION_KEY. */
export {
  currentSecretPrefix,
  decryptSecret,
  encryptSecret,
  isEncryptedSecret,
  secretNeedsReencryption,
  EncryptionKeyError,
  SecretDecryptionError,
} from "@tillbox/config/encryption";
