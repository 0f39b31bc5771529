import { pluginProcedureFactory, router } from "@tillbox/trpc";

/**
 * The tRPC builders for one plugin. Every procedure names its permission (a scope the plugin
 * declared, or "public") and refuses while the plugin is disabled.
 *
 *   const { router, procedure } = createPluginApi("webhooks");
 *   export const webhooksRouter = router({ list: procedure("webhooks:read").query(…) });
 */
export function createPluginApi(slug: string) {
  return { router, procedure: pluginProcedureFactory(slug) };
}
