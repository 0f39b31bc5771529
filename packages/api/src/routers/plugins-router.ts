import { z } from "zod";
import { authorizedProcedure, publicProcedure, router } from "@tillbox/trpc";
import { originOf } from "../request-origin";
import { assertPlatformTenant } from "../platform";
import { pluginServiceFor } from "../plugin-runtime";

const slugInput = z.object({ slug: z.string().min(1) });

export const pluginsRouter = router({
  list: authorizedProcedure("plugins:read").query(({ ctx }) => pluginServiceFor(ctx.db).list()),

  info: authorizedProcedure("plugins:read")
    .input(slugInput)
    .query(({ ctx, input }) => pluginServiceFor(ctx.db).info(input.slug)),

  enable: authorizedProcedure("plugins:manage")
    .input(slugInput)
    .mutation(async ({ ctx, input }) => {
      // plugin_state is one row per installation: switching it affects every tenant.
      assertPlatformTenant(ctx, "Plugins");
      const service = pluginServiceFor(ctx.db);
      await service.enable(input.slug, originOf(ctx));
      return service.info(input.slug);
    }),

  disable: authorizedProcedure("plugins:manage")
    .input(slugInput)
    .mutation(async ({ ctx, input }) => {
      // plugin_state is one row per installation: switching it affects every tenant.
      assertPlatformTenant(ctx, "Plugins");
      const service = pluginServiceFor(ctx.db);
      await service.disable(input.slug, originOf(ctx));
      return service.info(input.slug);
    }),

  updateSettings: authorizedProcedure("plugins:manage")
    .input(slugInput.extend({ settings: z.record(z.string(), z.unknown()) }))
    .mutation(({ ctx, input }) => {
      assertPlatformTenant(ctx, "Plugin settings");
      return pluginServiceFor(ctx.db).updateSettings(input.slug, input.settings, originOf(ctx));
    }),

  /** Slugs of enabled plugins: the UI hides what is off. Public because it reveals no data. */
  enabled: publicProcedure.query(({ ctx }) => pluginServiceFor(ctx.db).enabledSlugs()),
});
