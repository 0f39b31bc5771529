import type { AppRouter } from "@tillbox/api";
import type { inferRouterOutputs } from "@trpc/server";

export type PluginRow = inferRouterOutputs<AppRouter>["plugins"]["list"][number];
