import { cn } from "@tillbox/ui";
import { formatDate } from "../intervals";

interface LedgerEntry {
  id: string;
  kind: string;
  amount: number;
  balanceAfter: number;
  feature: string | null;
  expiresAt: Date | null;
  createdAt: Date;
}

const kindLabels: Record<string, string> = {
  purchase: "Bundle purchase", grant: "Plan grant", usage: "Used", adjustment: "Adjustment", refund: "Refund", transfer: "Transfer", expiry: "Expired",
};

/** Newest first: what changed the balance, by how much, and the balance after it. */
export function LedgerList({ entries }: { entries: LedgerEntry[] }) {
  if (entries.length === 0) return <p className="text-sm text-muted-foreground">No token activity yet.</p>;
  return (
    <ul className="grid divide-y divide-border rounded-md border border-border text-sm" aria-label="Recent token activity">
      {entries.map((entry) => (
        <li key={entry.id} className="flex items-center justify-between gap-4 px-3 py-2">
          <div>
            <p className="font-medium">
              {kindLabels[entry.kind] ?? entry.kind}
              {entry.feature ? <span className="font-normal text-muted-foreground"> · {entry.feature}</span> : null}
            </p>
            <p className="text-xs text-muted-foreground">
              {formatDate(entry.createdAt)}
              {entry.expiresAt ? ` · expires ${formatDate(entry.expiresAt)}` : null}
            </p>
          </div>
          <div className="text-right tabular-nums">
            <p className={cn("font-medium", entry.amount > 0 ? "text-success" : "text-foreground")}>
              {entry.amount > 0 ? "+" : "−"}
              {Math.abs(entry.amount).toLocaleString("en")}
            </p>
            <p className="text-xs text-muted-foreground">balance {entry.balanceAfter.toLocaleString("en")}</p>
          </div>
        </li>
      ))}
    </ul>
  );
}
