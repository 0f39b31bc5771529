"use client";

import { QueryClient, QueryClientProvider } from "@tanstack/react-query";
import { createTRPCClient, httpBatchLink, isTRPCClientError } from "@trpc/client";
import type { AnyTRPCRouter } from "@trpc/server";
import { useEffect, useRef, useState, type ReactNode } from "react";
import superjson from "superjson";
import { ThemeProvider, Toaster, useMessages, type Translate } from "@tillbox/ui";
import { SlotProvider, type SlotRegistry } from "@tillbox/ui/slot";
import { TRPCProvider } from "./trpc-context";
import { createToastingMutationCache } from "./mutation-toasts";

function makeQueryClient(translate: () => Translate): QueryClient {
  return new QueryClient({
    // Every mutation's outcome is toasted (meta.toast tunes or silences it per call site).
    mutationCache: createToastingMutationCache(translate),
    defaultOptions: {
      // Operators expect fresh numbers after acting; a short stale time only avoids refetch storms.
      queries: { staleTime: 5_000, retry: (count, error) => count < 2 && !isClientFault(error) },
    },
  });
}

/** 4xx answers (forbidden, disabled plugin, validation) will not change on retry. */
function isClientFault(error: unknown): boolean {
  const status = (error as { data?: { httpStatus?: number } } | null)?.data?.httpStatus;
  return typeof status === "number" && status >= 400 && status < 500;
}

/**
 * What both apps wrap their pages in: the theme (light, dark, system), React Query, the one tRPC
 * client (/api/trpc) that hosts and plugins share, the slot registry filtered by the plugins
 * enabled on this request, and the toaster. `nonce`: this response's CSP nonce, for the theme's
 * inline script (see ThemeProvider).
 */
export function HostProviders({ registry, enabled, nonce, children }: { registry: SlotRegistry; enabled: string[]; nonce?: string; children: ReactNode }) {
  const { t } = useMessages("ui");
  // The client lives as long as the page; toasts read the current language through the ref.
  const translate = useRef(t);
  useEffect(() => {
    translate.current = t;
  });
  const [queryClient] = useState(() => makeQueryClient(() => translate.current));
  const [trpcClient] = useState(() => createTRPCClient<AnyTRPCRouter>({ links: [httpBatchLink({ url: "/api/trpc", transformer: superjson })] }));
  return (
    <ThemeProvider nonce={nonce}>
      <QueryClientProvider client={queryClient}>
        <TRPCProvider trpcClient={trpcClient} queryClient={queryClient}>
          <SlotProvider registry={registry} enabled={enabled}>
            {children}
            <Toaster />
          </SlotProvider>
        </TRPCProvider>
      </QueryClientProvider>
    </ThemeProvider>
  );
}

/** A message safe to show a user; the server never sends stacks or internals. */
export function errorMessage(error: unknown): string {
  if (isTRPCClientError(error)) return error.message;
  if (error instanceof Error) return error.message;
  return "Something went wrong.";
}
