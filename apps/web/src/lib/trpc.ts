"use client";

import type { AppRouter } from "@tillbox/api";
import { useTRPC as useAnyTRPC, useTRPCClient as useAnyTRPCClient } from "@tillbox/plugin-sdk/react";
import type { TRPCClient } from "@trpc/client";
import type { TRPCOptionsProxy } from "@trpc/tanstack-react-query";

export { errorMessage } from "@tillbox/plugin-sdk/react";

/** The host's typed view of the shared tRPC context (plugins use usePluginTRPC instead). */
export function useTRPC(): TRPCOptionsProxy<AppRouter> {
  return useAnyTRPC() as unknown as TRPCOptionsProxy<AppRouter>;
}

/** The raw client, for calls that aren't plain queries/mutations of a component (e.g. a mutation-shaped preview read as a query). */
export function useTRPCClient(): TRPCClient<AppRouter> {
  return useAnyTRPCClient() as unknown as TRPCClient<AppRouter>;
}
