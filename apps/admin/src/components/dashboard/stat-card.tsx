import { Card, CardContent, Skeleton } from "@tillbox/ui";
import type { LucideIcon } from "lucide-react";

export function StatCard({ label, value, hint, icon: StatIcon }: { label: string; value: number | undefined; hint?: string; icon: LucideIcon }) {
  return (
    <Card className="gap-2 py-5">
      <CardContent className="flex items-start justify-between gap-4">
        <div>
          <p className="text-sm text-muted-foreground">{label}</p>
          {value === undefined ? <Skeleton className="mt-2 h-8 w-12" /> : <p className="mt-1 text-3xl font-semibold tabular-nums tracking-tight">{value}</p>}
          {hint ? <p className="mt-1 text-xs text-muted-foreground">{hint}</p> : null}
        </div>
        <div className="grid size-9 place-items-center rounded-lg bg-accent text-accent-foreground">
          <StatIcon className="size-4" aria-hidden />
        </div>
      </CardContent>
    </Card>
  );
}
