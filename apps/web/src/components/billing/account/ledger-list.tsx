import { useMessages } from "@tillbox/plugin-sdk/ui";
import { cn } from "@tillbox/ui";
import { useBillingFormat } from "../use-billing-format";

interface LedgerEntry {
  id: string;
  kind: string;
  amount: number;
  balanceAfter: number;
  feature: string | null;
  expiresAt: Date | null;
  createdAt: Date;
}

/** Newest first: what changed the balance, by how much, and the balance after it. */
export function LedgerList({ entries }: { entries: LedgerEntry[] }) {
  const { t } = useMessages("app.billing");
  const format = useBillingFormat();
  if (entries.length === 0) return <p className="text-sm text-muted-foreground">{t("noTokenActivity")}</p>;
  return (
    <ul className="grid divide-y divide-border rounded-md border border-border text-sm" aria-label={t("recentTokenActivity")}>
      {entries.map((entry) => (
        <li key={entry.id} className="flex items-center justify-between gap-4 px-3 py-2">
          <div>
            <p className="font-medium">
              {t("ledgerKind", { kind: entry.kind })}
              {entry.feature ? <span className="font-normal text-muted-foreground"> · {entry.feature}</span> : null}
            </p>
            <p className="text-xs text-muted-foreground">
              {format.date(entry.createdAt)}
              {entry.expiresAt ? t("expires", { date: format.date(entry.expiresAt) }) : null}
            </p>
          </div>
          <div className="text-right tabular-nums">
            <p className={cn("font-medium", entry.amount > 0 ? "text-success" : "text-foreground")}>
              {entry.amount > 0 ? "+" : "−"}
              {format.number(Math.abs(entry.amount))}
            </p>
            <p className="text-xs text-muted-foreground">{t("balance", { balance: format.number(entry.balanceAfter) })}</p>
          </div>
        </li>
      ))}
    </ul>
  );
}
