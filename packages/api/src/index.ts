export { appRouter, type AppRouter } from "./root";
export {
  anonymousActor,
  createContext,
  createRequestContext,
  requestTenantId,
  tenantRequestOf,
  type ContextOptions,
  type RequestContextOptions,
} from "./context";
export { originOf } from "./request-origin";
export { requestActor, type RequestSession } from "./request-actor";
export { isPlatformTenant } from "./platform";
export { handleTRPCRequest, type TRPCRequestOptions } from "./http";
export { handleDocumentPdfRequest, handleRestRequest, restRoutes, type RestRequestOptions } from "./rest";
export { creditNotePdfResponse, invoicePdfInput, invoicePdfResponse } from "./invoice-pdf";
export { handleProviderWebhookRequest } from "./provider-webhooks";
export { billingPluginsFor, buildLineItemHandlers, buildPaymentProviders, paymentProvidersFor, type PluginRuntimeState } from "./payment-providers";
export { getHealth, healthResponse, type Health } from "./health";
export { bootPlugins, createAppRelay, inngestRouteHandlers, registeredFunctions, startEventRelay } from "./runtime";
export { installed as installedPlugins, pluginServiceFor } from "./plugin-runtime";
export { eventCatalogue, allEventNames } from "./event-catalogue";
export { accessActor, actorForApiKey, actorForUser, allScopes, installedScopeCatalogue } from "./access";
import { getDb } from "@tillbox/db";
import { pluginServiceFor } from "./plugin-runtime";

/** For server layouts: which plugins' slots to render on this request. */
export function getEnabledPluginSlugs(): Promise<string[]> {
  return pluginServiceFor(getDb()).enabledSlugs();
}
export { chooseLocaleFor, preferredLocaleOf, savePreferredLocale, userLocaleSchema, type UserLocale } from "./user-locale";
