"use client";

import type { AppRouter } from "@tillbox/api";
import { useTRPC as useAnyTRPC } from "@tillbox/plugin-sdk/react";
import type { inferRouterOutputs } from "@trpc/server";
import type { TRPCOptionsProxy } from "@trpc/tanstack-react-query";

export { errorMessage } from "@tillbox/plugin-sdk/react";

/** The host's typed view of the shared tRPC context (plugins use usePluginTRPC instead). */
export function useTRPC(): TRPCOptionsProxy<AppRouter> {
  return useAnyTRPC() as unknown as TRPCOptionsProxy<AppRouter>;
}

/** What the host's procedures answer, for components that name a row's type. */
export type RouterOutputs = inferRouterOutputs<AppRouter>;
