"use client";

import type { AppRouter } from "@tillbox/api";
import { useTRPC as useAnyTRPC } from "@tillbox/plugin-sdk/react";
import type { TRPCOptionsProxy } from "@trpc/tanstack-react-query";
import { isTRPCClientError } from "@trpc/client";

/** The host's typed view of the shared tRPC context (plugins use usePluginTRPC instead). */
export function useTRPC(): TRPCOptionsProxy<AppRouter> {
  return useAnyTRPC() as unknown as TRPCOptionsProxy<AppRouter>;
}

/** A message safe to show an operator; the server never sends stacks. */
export function errorMessage(error: unknown): string {
  if (isTRPCClientError(error)) return error.message;
  if (error instanceof Error) return error.message;
  return "Something went wrong.";
}
