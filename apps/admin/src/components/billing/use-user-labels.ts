"use client";

import { useQueries } from "@tanstack/react-query";
import { useTRPC } from "~/lib/trpc";

/**
 * Names for the customers on one page of a list that carries only user ids (invoices): one
 * users.get per distinct id, cached, so a page of 25 invoices by 3 customers costs 3 reads.
 */
export function useUserLabels(userIds: readonly string[], enabled = true): Map<string, { email: string; name: string | null }> {
  const trpc = useTRPC();
  const distinct = [...new Set(userIds)];
  const results = useQueries({ queries: distinct.map((userId) => ({ ...trpc.users.get.queryOptions({ userId }), enabled, staleTime: 60_000 })) });
  const labels = new Map<string, { email: string; name: string | null }>();
  results.forEach((result, index) => {
    if (result.data) labels.set(distinct[index]!, { email: result.data.email, name: result.data.name });
  });
  return labels;
}
