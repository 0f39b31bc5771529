import { Badge, Separator } from "@tillbox/ui";
import { useMessages } from "@tillbox/plugin-sdk/ui";
import { Money } from "../money";
import type { PreviewLine } from "../types";
import { useBillingFormat } from "../use-billing-format";
import { taxRows } from "./tax-summary";

export interface SummaryTotals {
  currency: string;
  lines: PreviewLine[];
  subtotal: number;
  taxTotal: number;
  total: number;
  reverseCharge?: boolean;
  notes?: string[];
}

/**
 * Lines, tax per rate and the total, as the invoice will show them. Used by checkout and by the
 * plan-change preview (proration lines are negative credits and positive charges).
 */
export function OrderSummary({ summary, totalLabel }: { summary: SummaryTotals; totalLabel?: string }) {
  const { t } = useMessages("app.order");
  const formatDate = useBillingFormat().date;
  const { currency, lines } = summary;
  return (
    <div className="grid gap-3 text-sm" data-testid="order-summary">
      <ul className="grid gap-3" aria-label={t("lines")}>
        {lines.map((line, index) => (
          <li key={`${line.source}-${index}`} className="flex items-start justify-between gap-4">
            <div>
              <p className="font-medium">{line.description}</p>
              <p className="text-xs text-muted-foreground">
                {line.quantity > 1 ? `${line.quantity} × ` : null}
                {line.periodStart && line.periodEnd && line.kind !== "proration" ? `${formatDate(line.periodStart)} – ${formatDate(line.periodEnd)}` : null}
              </p>
            </div>
            <Money amount={line.amount} currency={currency} />
          </li>
        ))}
      </ul>
      <Separator />
      <dl className="grid grid-cols-[1fr_auto] gap-x-4 gap-y-1.5">
        <dt className="text-muted-foreground">{t("subtotal")}</dt>
        <dd className="text-right">
          <Money amount={summary.subtotal} currency={currency} />
        </dd>
        {taxRows(lines).map((row) => (
          <TaxRowView
            key={`${row.name}-${row.inclusive}`}
            name={row.inclusive ? t("including", { tax: row.name }) : row.name}
            amount={row.amount}
            currency={currency}
          />
        ))}
        {summary.reverseCharge ? (
          <>
            <dt className="text-muted-foreground">{t("vat")}</dt>
            <dd className="text-right">
              <Badge variant="outline">{t("reverseCharge")}</Badge>
            </dd>
          </>
        ) : null}
        <dt className="pt-2 text-base font-semibold">{totalLabel ?? t("total")}</dt>
        <dd className="pt-2 text-right text-base font-semibold" data-testid="order-total">
          <Money amount={summary.total} currency={currency} />
        </dd>
      </dl>
      {summary.notes?.length ? (
        <ul className="grid gap-1 text-xs text-muted-foreground" aria-label={t("notes")}>
          {summary.notes.map((note) => (
            <li key={note}>{note}</li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}

function TaxRowView({ name, amount, currency }: { name: string; amount: number; currency: string }) {
  return (
    <>
      <dt className="text-muted-foreground">{name}</dt>
      <dd className="text-right">
        <Money amount={amount} currency={currency} />
      </dd>
    </>
  );
}
