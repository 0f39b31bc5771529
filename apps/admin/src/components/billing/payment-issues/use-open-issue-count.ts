"use client";

import { useQuery } from "@tanstack/react-query";
import { useCan } from "~/components/auth/access";
import { useTRPC } from "~/lib/trpc";

/**
 * Open payment issues, for the sidebar badge and the dashboard alert (one shared query). 0 while
 * loading, on an error and for operators who may not read billing: those places show nothing then.
 */
export function useOpenIssueCount(): number {
  const trpc = useTRPC();
  const can = useCan();
  const count = useQuery({
    ...trpc.billing.paymentIssues.openCount.queryOptions(),
    enabled: can("billing.paymentIssues.openCount"),
    staleTime: 30_000,
    refetchOnWindowFocus: true,
  });
  return count.data?.open ?? 0;
}
