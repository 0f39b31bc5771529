"use client";

import { QueryClient, QueryClientProvider } from "@tanstack/react-query";
import { SlotProvider } from "@tillbox/ui/slot";
import { TRPCProvider } from "@tillbox/plugin-sdk/react";
import { createTRPCClient, httpBatchLink } from "@trpc/client";
import { useState, type ReactNode } from "react";
import superjson from "superjson";
import { slotRegistry } from "~/slots.generated";

function makeQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      // Operators expect fresh numbers after acting; a short stale time avoids refetch storms only.
      queries: { staleTime: 5_000, retry: (count, error) => count < 2 && !isClientFault(error) },
    },
  });
}

/** 4xx answers (forbidden, disabled plugin, validation) will not change on retry. */
function isClientFault(error: unknown): boolean {
  const status = (error as { data?: { httpStatus?: number } } | null)?.data?.httpStatus;
  return typeof status === "number" && status >= 400 && status < 500;
}

export function Providers({ enabled, children }: { enabled: string[]; children: ReactNode }) {
  const [queryClient] = useState(makeQueryClient);
  const [trpcClient] = useState(() =>
    createTRPCClient({
      links: [
        httpBatchLink({ url: "/api/trpc", transformer: superjson }),
      ],
    }),
  );
  return (
    <QueryClientProvider client={queryClient}>
      <TRPCProvider trpcClient={trpcClient} queryClient={queryClient}>
        <SlotProvider registry={slotRegistry} enabled={enabled}>
          {children}
        </SlotProvider>
      </TRPCProvider>
    </QueryClientProvider>
  );
}
