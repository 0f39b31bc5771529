"use client";

import { usePathname, useRouter, useSearchParams } from "next/navigation";
import { useCallback } from "react";

/**
 * Filters and the page live in the URL, so a filtered list can be shared, reloaded and reached
 * with the back button. Setting a filter resets the page.
 */
export function useListParams<Key extends string>(keys: readonly Key[]) {
  const searchParams = useSearchParams();
  const router = useRouter();
  const pathname = usePathname();
  const values = Object.fromEntries(keys.map((key) => [key, searchParams.get(key) ?? ""])) as Record<Key, string>;
  const page = Math.max(1, Number(searchParams.get("page")) || 1);

  const update = useCallback(
    (changes: Partial<Record<Key | "page", string | number | null>>) => {
      const next = new URLSearchParams(searchParams.toString());
      if (!("page" in changes)) next.delete("page");
      for (const [key, value] of Object.entries(changes) as [string, string | number | null | undefined][]) {
        if (value === null || value === undefined || value === "" || (key === "page" && value === 1)) next.delete(key);
        else next.set(key, String(value));
      }
      const query = next.toString();
      router.replace(query ? `${pathname}?${query}` : pathname, { scroll: false });
    },
    [pathname, router, searchParams],
  );

  return { values, page, update };
}
