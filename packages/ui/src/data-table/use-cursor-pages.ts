"use client";

import { useCallback, useState } from "react";
import type { DataTablePaging } from "./data-table";

/**
 * Cursor lists (newest first, "give me what comes after this row") have no page numbers; the
 * cursors walked so far are kept as a stack, so "Previous" returns to exactly the page seen before.
 * Call `reset` when a filter changes. Pass the answer's `nextCursor` to get the table's paging.
 */
export function useCursorPages() {
  const [cursors, setCursors] = useState<string[]>([]);
  const reset = useCallback(() => setCursors([]), []);
  const paging = (nextCursor: string | null | undefined): DataTablePaging => {
    const page = cursors.length + 1;
    return {
      page,
      pageCount: nextCursor ? page + 1 : page,
      onPageChange: (next) => setCursors((stack) => cursorsForPage(stack, next, nextCursor)),
    };
  };
  return { cursor: cursors.at(-1), reset, paging };
}

/** The stack after moving to page `next` from the last page of `stack` (page = stack length + 1). */
export function cursorsForPage(stack: readonly string[], next: number, nextCursor: string | null | undefined): string[] {
  if (next > stack.length + 1) return nextCursor ? [...stack, nextCursor] : [...stack];
  return stack.slice(0, Math.max(0, next - 1));
}
