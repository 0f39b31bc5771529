export { appRouter, type AppRouter } from "./root";
export { createContext, requestActor } from "./context";
export { handleTRPCRequest } from "./http";
export { getHealth, healthResponse, type Health } from "./health";
export { bootPlugins, createAppRelay, inngestRouteHandlers, registeredFunctions, startEventRelay } from "./runtime";
export { installed as installedPlugins, pluginServiceFor } from "./plugin-runtime";
export { eventCatalogue, allEventNames } from "./event-catalogue";
import { getDb } from "@tillbox/db";
import { pluginServiceFor } from "./plugin-runtime";

/** For server layouts: which plugins' slots to render on this request. */
export function getEnabledPluginSlugs(): Promise<string[]> {
  return pluginServiceFor(getDb()).enabledSlugs();
}
