"use client";

import { ArrowDown, ArrowUp, ArrowUpDown } from "lucide-react";
import type { ReactNode } from "react";
import { useMessages } from "../messages";
import { cn } from "../utils";

/** A sortable column's header: its label, the direction it is sorted in, and what a click does next. */
export function SortButton({ direction, onClick, children }: { direction: false | "asc" | "desc"; onClick?: (event: unknown) => void; children: ReactNode }) {
  const { t } = useMessages("ui");
  const Icon = direction === "asc" ? ArrowUp : direction === "desc" ? ArrowDown : ArrowUpDown;
  return (
    <button
      type="button"
      onClick={onClick}
      title={t(direction === "asc" ? "sortedAscending" : direction === "desc" ? "sortedDescending" : "sortBy")}
      className="-ml-1 inline-flex items-center gap-1 rounded px-1 uppercase tracking-wide hover:text-foreground focus-visible:outline-2 focus-visible:outline-ring"
    >
      {children}
      <Icon aria-hidden className={cn("size-3.5", direction ? "text-foreground" : "opacity-50")} />
    </button>
  );
}
