/**
 * For plugins/<slug>/web/pages/*.tsx (zone "web.page", server components): the page contract,
 * a server-side caller, sign-in and cached data. Server-only; client parts of a page use
 * @tillbox/plugin-sdk/react (usePluginTRPC) as slots do.
 */
export type { Metadata } from "next";
export type { WebPageConfig, WebPageProps } from "@tillbox/ui/web-page-registry";
export { currentUserId, pluginCaller, registerWebPageHost, requireSignIn, type WebPageHost } from "./host";
export { cachedByTag, pluginCacheTag, revalidatePluginTag, type CachedByTagOptions } from "./cache";
export { getPluginMessages } from "./messages";
