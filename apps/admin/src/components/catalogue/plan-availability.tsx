import type { PlanAvailability, PlanNotice } from "@tillbox/core";
import { Alert, AlertDescription, AlertTitle, Badge } from "@tillbox/ui";
import { TriangleAlert } from "lucide-react";
import { useMessages } from "@tillbox/plugin-sdk/ui";

const listOf = (codes: readonly string[]) => codes.join(", ");

type Translate = (key: string, values?: Record<string, string | number>) => string;

/**
 * The sentence after "Not offered because" (app.catalogue.notice.<reason>.text): what the operator
 * can change, and who is affected; .label is a few words for the plan list.
 */
function noticeText(notice: PlanNotice, t: Translate, part: "text" | "label"): string {
  const currencies = notice.reason === "missing_currencies" ? listOf(notice.currencies) : "";
  return t(`notice.${notice.reason}.${part}`, { currencies });
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
            <li key={notice.reason}>{noticeText(notice, t, "text")}</li>
          ))}
        </ul>
      </AlertDescription>
    </Alert>
  );
}

/** In the plan list: offered, partly or not, and why in a few words. */
export function PlanAvailabilityBadge({ availability }: { availability: PlanAvailability }) {
  const { t } = useMessages("app.catalogue");
  const { offered, notices } = availability;
  const [variant, label] = !offered
    ? (["destructive", t("notOffered")] as const)
    : notices.length
      ? (["warning", t("partlyOffered")] as const)
      : (["success", t("offered")] as const);
  return (
    <div>
      <Badge variant={variant}>{label}</Badge>
      {notices.length ? <div className="text-xs text-muted-foreground">{notices.map((notice) => noticeText(notice, t, "label")).join(" · ")}</div> : null}
    </div>
  );
}
