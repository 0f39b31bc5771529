"use client";

import type { AnyTRPCRouter } from "@trpc/server";
import { createTRPCContext, type TRPCOptionsProxy } from "@trpc/tanstack-react-query";

/**
 * One tRPC context for the whole page. Hosts wrap their tree in TRPCProvider (with the
 * appRouter client) and cast useTRPC() to TRPCOptionsProxy<AppRouter>; plugins never see
 * AppRouter (that would make them import the host) and take their own namespace instead.
 */
const context = createTRPCContext<AnyTRPCRouter>();

export const TRPCProvider = context.TRPCProvider;
export const useTRPC = context.useTRPC;
export const useTRPCClient = context.useTRPCClient;

/**
 * The options proxy of one plugin's namespace, typed by the plugin's own router:
 *   const trpc = usePluginTRPC<typeof webhooksRouter>("webhooks");
 *   const endpoints = useQuery(trpc.endpoints.list.queryOptions());
 */
export function usePluginTRPC<TRouter extends AnyTRPCRouter>(namespace: string): TRPCOptionsProxy<TRouter> {
  const root = useTRPC() as unknown as Record<string, TRPCOptionsProxy<TRouter>>;
  // The proxy resolves any key lazily, so indexing by a runtime namespace is safe.
  return root[namespace] as TRPCOptionsProxy<TRouter>;
}
