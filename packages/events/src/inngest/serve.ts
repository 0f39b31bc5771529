import type { Inngest } from "inngest";
import { serve } from "inngest/next";
import { getDb, type Db } from "@tillbox/db";
import type { RegisteredFunction } from "../function";
import { createInngestClient } from "./client";
import { toInngestFunctions, type PluginEnabledCheck } from "./functions";

/**
 * Route handlers for apps/web `app/api/inngest/route.ts`: Inngest calls this endpoint to
 * register and run the functions. Harmless without Inngest configured (nothing calls it).
 */
export function inngestServeHandlers(options: {
  functions: readonly RegisteredFunction[];
  isPluginEnabled: PluginEnabledCheck;
  getDb?: () => Db;
  client?: Inngest;
}) {
  const client = options.client ?? createInngestClient();
  const handler = serve({
    client,
    functions: toInngestFunctions(client, options.functions, options.isPluginEnabled, options.getDb ?? getDb),
  });
  return { GET: handler.GET, POST: handler.POST, PUT: handler.PUT };
}
