"use client";

import type { AppRouter } from "@tillbox/api";
import { useTRPC as useAnyTRPC } from "@tillbox/plugin-sdk/react";
import type { TRPCOptionsProxy } from "@trpc/tanstack-react-query";

export { errorMessage } from "@tillbox/plugin-sdk/react";

/** The host's typed view of the shared tRPC context (plugins use usePluginTRPC instead). */
export function useTRPC(): TRPCOptionsProxy<AppRouter> {
  return useAnyTRPC() as unknown as TRPCOptionsProxy<AppRouter>;
}
