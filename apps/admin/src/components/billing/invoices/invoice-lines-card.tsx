import { formatPercent } from "@tillbox/core/money";
import { Card, CardContent, CardHeader, CardTitle, Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@tillbox/ui";
import type { AdminInvoice } from "./types";
import { useMessages } from "@tillbox/plugin-sdk/ui";
import { useFormat } from "~/lib/use-format";

/** Lines as invoiced, with each line's tax, then the totals the PDF prints. */
export function InvoiceLinesCard({ invoice }: { invoice: AdminInvoice }) {
  const { formatMoney } = useFormat();
  const { t } = useMessages("app.invoices");
  const money = (amount: number) => formatMoney(amount, invoice.currency);
  return (
    <Card className="gap-0 pb-0">
      <CardHeader className="pb-4">
        <CardTitle>{t("lines")}</CardTitle>
      </CardHeader>
      <CardContent className="px-0">
        <Table data-testid="invoice-lines">
          <TableHeader>
            <TableRow className="hover:bg-transparent">
              <TableHead className="pl-6">{t("description")}</TableHead>
              <TableHead className="text-right">{t("qty")}</TableHead>
              <TableHead className="text-right">{t("unit")}</TableHead>
              <TableHead className="text-right">{t("tax")}</TableHead>
              <TableHead className="pr-6 text-right">{t("amount")}</TableHead>
            </TableRow>
          </TableHeader>
          <TableBody>
            {invoice.lines.map((line) => (
              <TableRow key={line.id}>
                <TableCell className="pl-6">
                  {line.description}
                  <div className="text-xs text-muted-foreground">
                    {line.kind.replace(/_/g, " ")} · {line.source}
                  </div>
                </TableCell>
                <TableCell className="text-right tabular-nums">{line.quantity}</TableCell>
                <TableCell className="text-right tabular-nums">{money(line.unitAmount)}</TableCell>
                <TableCell className="text-right tabular-nums">
                  {line.taxMillipercent > 0 ? `${money(line.taxAmount)} (${formatPercent(line.taxMillipercent)} %${line.taxInclusive ? " incl." : ""})` : "—"}
                </TableCell>
                <TableCell className="pr-6 text-right tabular-nums">{money(line.amount)}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
        <dl className="ml-auto grid w-72 grid-cols-[1fr_auto] gap-x-4 gap-y-1.5 px-6 py-4 text-sm">
          <dt className="text-muted-foreground">{t("subtotal")}</dt>
          <dd className="text-right tabular-nums">{money(invoice.subtotal)}</dd>
          <dt className="text-muted-foreground">Tax{invoice.reverseCharge ? " (reverse charge)" : ""}</dt>
          <dd className="text-right tabular-nums">{money(invoice.taxTotal)}</dd>
          <dt className="font-semibold">{t("total")}</dt>
          <dd className="text-right font-semibold tabular-nums">{money(invoice.total)}</dd>
          <dt className="text-muted-foreground">{t("paid")}</dt>
          <dd className="text-right tabular-nums">{money(invoice.amountPaid)}</dd>
          {invoice.amountRefunded > 0 ? (
            <>
              <dt className="text-muted-foreground">{t("refunded")}</dt>
              <dd className="text-right tabular-nums">{money(invoice.amountRefunded)}</dd>
            </>
          ) : null}
        </dl>
      </CardContent>
    </Card>
  );
}
