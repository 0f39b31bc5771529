import { Alert, AlertDescription } from "@tillbox/ui";
import { formatDate } from "../intervals";
import { Money } from "../money";
import { OrderSummary } from "../checkout/order-summary";
import type { ChangePreview } from "../types";

/**
 * What a plan change costs, exactly as it will be charged: the proration lines (credit for unused
 * time on the old price, charge for the rest of the period on the new one), tax and what is due
 * now. Applying sends back the preview's prorationDate, so the charge equals this preview.
 */
export function ChangePreviewView({ preview }: { preview: ChangePreview }) {
  const { currency } = preview;
  if (preview.mode === "scheduled") {
    return (
      <Alert variant="info" data-testid="change-preview">
        <AlertDescription>
          A downgrade: nothing is charged now. Your plan changes on {formatDate(preview.effectiveAt)}, at the end of the period you already paid for.
        </AlertDescription>
      </Alert>
    );
  }
  return (
    <div className="grid gap-4" data-testid="change-preview">
      <p className="text-sm text-muted-foreground">
        {preview.direction === "upgrade" ? "An upgrade" : "A change"}, effective now ({formatDate(preview.effectiveAt)}).{" "}
        {preview.mode === "none" ? "No proration applies: nothing is charged for it." : null}
      </p>
      {preview.lines.length > 0 ? <OrderSummary summary={preview} /> : null}
      <dl className="grid grid-cols-[1fr_auto] gap-x-4 gap-y-1 rounded-md bg-muted/50 p-3 text-sm">
        <dt className="font-medium">Charged now</dt>
        <dd className="text-right font-medium" data-testid="change-due-now">
          <Money amount={preview.amountDueNow} currency={currency} />
        </dd>
        {preview.pendingAmount !== 0 ? (
          <>
            <dt className="text-muted-foreground">{preview.pendingAmount < 0 ? "Credited on your next invoice" : "Added to your next invoice"}</dt>
            <dd className="text-right">
              <Money amount={Math.abs(preview.pendingAmount)} currency={currency} />
            </dd>
          </>
        ) : null}
      </dl>
    </div>
  );
}
