import { publicProcedure, router } from "@tillbox/trpc";
import { pluginRouters } from "./generated/routers.generated";
import { getHealth } from "./health";
import { eventsRouter } from "./routers/events-router";
import { pluginsRouter } from "./routers/plugins-router";

/** Core namespaces plus one namespace per installed plugin (composed, fully typed). */
export const appRouter = router({
  health: publicProcedure.query(({ ctx }) => getHealth(ctx.db)),
  plugins: pluginsRouter,
  events: eventsRouter,
  ...pluginRouters,
});

export type AppRouter = typeof appRouter;
