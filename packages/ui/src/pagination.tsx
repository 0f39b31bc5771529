import { ChevronLeft, ChevronRight } from "lucide-react";
import type { ReactNode } from "react";
import { Button } from "./button";
import { cn } from "./utils";

/** "Page 2 of 7 · 163 total" with previous/next: list screens page the same way. */
export function Pagination({
  page,
  pageCount,
  total,
  onPageChange,
  summary,
  className,
}: {
  page: number;
  pageCount: number;
  total?: number;
  onPageChange: (page: number) => void;
  summary?: ReactNode;
  className?: string;
}) {
  const last = Math.max(1, pageCount);
  return (
    <nav aria-label="Pagination" className={cn("flex flex-wrap items-center justify-between gap-x-4 gap-y-2 text-sm text-muted-foreground", className)}>
      <span>
        {summary ?? (
          <>
            Page {Math.min(page, last)} of {last}
            {total === undefined ? null : ` · ${total} total`}
          </>
        )}
      </span>
      <div className="flex gap-1">
        <Button variant="outline" size="sm" disabled={page <= 1} onClick={() => onPageChange(page - 1)}>
          <ChevronLeft aria-hidden /> Previous
        </Button>
        <Button variant="outline" size="sm" disabled={page >= last} onClick={() => onPageChange(page + 1)}>
          Next <ChevronRight aria-hidden />
        </Button>
      </div>
    </nav>
  );
}
