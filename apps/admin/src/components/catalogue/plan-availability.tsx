import type { PlanAvailability, PlanNotice } from "@tillbox/core";
import { Alert, AlertDescription, AlertTitle, Badge } from "@tillbox/ui";
import { TriangleAlert } from "lucide-react";
import { useMessages } from "@tillbox/plugin-sdk/ui";

const listOf = (codes: readonly string[]) => codes.join(", ");

/** The sentence after "Not offered because": what the operator can change, and who is affected. */
function noticeText(notice: PlanNotice): string {
  switch (notice.reason) {
    case "archived":
      return "it is archived. Subscribers keep it and renew; nobody new can buy it.";
    case "no_price":
      return "it has no active price in an enabled currency, so nobody can buy it. Add a price.";
    case "missing_currencies":
      return `it has no price in ${listOf(notice.currencies)}: customers who pay in ${listOf(notice.currencies)} can't buy it or switch to it.`;
    case "no_category":
      return "it has no category. It shows under “Other plans” on the pricing page, but no subscriber can switch to it: plan changes stay within a category.";
  }
}

/** A few words for the plan list. */
function noticeLabel(notice: PlanNotice): string {
  switch (notice.reason) {
    case "archived":
      return "archived";
    case "no_price":
      return "no price";
    case "missing_currencies":
      return `no ${listOf(notice.currencies)} price`;
    case "no_category":
      return "no category";
  }
}

/** On the plan's page: every reason some customers can't buy the plan; nothing when all can. */
export function PlanAvailabilityNotice({ availability }: { availability: PlanAvailability }) {
  const { t } = useMessages("app.catalogue");
  if (availability.notices.length === 0) return null;
  return (
    <Alert variant={availability.offered ? "warning" : "destructive"} className="mb-4" data-testid="plan-availability">
      <TriangleAlert />
      <AlertTitle>{availability.offered ? t("notOfferedToEveryCustomer") : t("notOfferedBecause")}</AlertTitle>
      <AlertDescription>
        <ul className="list-disc pl-4">
          {availability.notices.map((notice) => (
            <li key={notice.reason}>{noticeText(notice)}</li>
          ))}
        </ul>
      </AlertDescription>
    </Alert>
  );
}

/** In the plan list: offered, partly or not, and why in a few words. */
export function PlanAvailabilityBadge({ availability }: { availability: PlanAvailability }) {
  const { offered, notices } = availability;
  const [variant, label] = !offered ? (["destructive", "Not offered"] as const) : notices.length ? (["warning", "Partly offered"] as const) : (["success", "Offered"] as const);
  return (
    <div>
      <Badge variant={variant}>{label}</Badge>
      {notices.length ? <div className="text-xs text-muted-foreground">{notices.map(noticeLabel).join(" · ")}</div> : null}
    </div>
  );
}
