import { ChevronLeft, ChevronRight } from "lucide-react";
import type { ReactNode } from "react";
import { Button } from "./button";
import { useMessages } from "./messages";
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
  const { t } = useMessages("ui");
  const last = Math.max(1, pageCount);
  return (
    <nav aria-label={t("pagination")} className={cn("flex flex-wrap items-center justify-between gap-x-4 gap-y-2 text-sm text-muted-foreground", className)}>
      <span>
        {summary ?? (
          <>
            {t("pageOf", { page: Math.min(page, last), pageCount: last })}
            {total === undefined ? null : ` · ${t("totalCount", { total })}`}
          </>
        )}
      </span>
      <div className="flex gap-1">
        <Button variant="outline" size="sm" disabled={page <= 1} onClick={() => onPageChange(page - 1)}>
          <ChevronLeft aria-hidden /> {t("previousPage")}
        </Button>
        <Button variant="outline" size="sm" disabled={page >= last} onClick={() => onPageChange(page + 1)}>
          {t("nextPage")} <ChevronRight aria-hidden />
        </Button>
      </div>
    </nav>
  );
}
