import { Alert, AlertDescription } from "@tillbox/ui";
import { Money } from "../money";
import { OrderSummary } from "../checkout/order-summary";
import type { ChangePreview } from "../types";
import { useBillingFormat } from "../use-billing-format";
import { useMessages } from "@tillbox/plugin-sdk/ui";

/**
 * What a plan change costs, exactly as it will be charged: the proration lines (credit for unused
 * time on the old price, charge for the rest of the period — or a whole new period when the billing
 * interval changes — on the new one), tax, what is due now and the tokens it grants. Applying sends
 * back the preview's prorationDate, so the charge equals this preview.
 */
export function ChangePreviewView({ preview }: { preview: ChangePreview }) {
  const { t } = useMessages("app.billing");
  const format = useBillingFormat();
  const formatDate = format.date;
  const { currency } = preview;
  if (preview.mode === "scheduled") {
    return (
      <Alert variant="info" data-testid="change-preview">
        <AlertDescription>{t("scheduledPreview", { plan: preview.toPlanName, date: formatDate(preview.effectiveAt) })}</AlertDescription>
      </Alert>
    );
  }
  const when = { date: formatDate(preview.effectiveAt) };
  return (
    <div className="grid gap-4" data-testid="change-preview">
      <p className="text-sm text-muted-foreground">
        {preview.direction === "upgrade" ? t("upgradeNow", when) : t("changeNow", when)}{" "}
        {preview.periodRestarts ? t("periodRestarts", { plan: preview.fromPlanName, end: formatDate(preview.newPeriodEnd) }) : null}{" "}
        {preview.mode === "none" ? t("noProration") : null}
      </p>
      {preview.lines.length > 0 ? <OrderSummary summary={preview} /> : null}
      <dl className="grid grid-cols-[1fr_auto] gap-x-4 gap-y-1 rounded-md bg-muted/50 p-3 text-sm">
        <dt className="font-medium">{t("chargedNow")}</dt>
        <dd className="text-right font-medium" data-testid="change-due-now">
          <Money amount={preview.amountDueNow} currency={currency} />
        </dd>
        {preview.pendingAmount !== 0 ? (
          <>
            <dt className="text-muted-foreground">{preview.pendingAmount < 0 ? t("creditedNextInvoice") : t("addedNextInvoice")}</dt>
            <dd className="text-right">
              <Money amount={Math.abs(preview.pendingAmount)} currency={currency} />
            </dd>
          </>
        ) : null}
        {preview.tokensGranted > 0 ? (
          <>
            <dt className="text-muted-foreground">{t("tokens")}</dt>
            <dd className="text-right" data-testid="change-tokens">
              {t("tokensNow", { count: format.number(preview.tokensGranted) })}
            </dd>
          </>
        ) : null}
      </dl>
    </div>
  );
}
