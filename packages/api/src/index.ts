export { appRouter, type AppRouter } from "./root";
export { createContext, createRequestContext, requestActor, tenantRequestOf, type ContextOptions } from "./context";
export { isPlatformTenant } from "./platform";
export { handleTRPCRequest } from "./http";
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
