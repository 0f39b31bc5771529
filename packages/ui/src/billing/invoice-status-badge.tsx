"use client";

import { Badge, type BadgeProps } from "../badge";
import type en from "../../messages/en.json";
import { useMessages } from "../messages";

type Label = keyof (typeof en)["invoice"];

const statuses: Record<string, [Label, BadgeProps["variant"]]> = {
  draft: ["statusDraft", "outline"],
  open: ["statusOpen", "warning"],
  paid: ["statusPaid", "success"],
  void: ["statusVoid", "secondary"],
  uncollectible: ["statusUncollectible", "destructive"],
};

const refundStates: Record<string, [Label, BadgeProps["variant"]]> = {
  refunded: ["refunded", "secondary"],
  partially_refunded: ["partiallyRefunded", "outline"],
};

/**
 * An invoice's status as Stripe labels it: a paid invoice whose money went back reads "Refunded"
 * or "Partially refunded" (the API's refundState) instead of "Paid"; a partial one also says how
 * much went back when given `amountRefunded` (formatted by the app).
 */
export function InvoiceStatusBadge({ status, refundState, amountRefunded }: { status: string; refundState?: string | null; amountRefunded?: string }) {
  const { t } = useMessages("ui.invoice");
  const entry = (refundState && refundStates[refundState]) || statuses[status];
  if (!entry) return <Badge variant="outline">{status}</Badge>;
  const badge = <Badge variant={entry[1]}>{t(entry[0])}</Badge>;
  if (refundState !== "partially_refunded" || !amountRefunded) return badge;
  return (
    <span className="inline-flex flex-wrap items-center gap-x-2">
      {badge}
      <span className="text-xs text-muted-foreground">{t("amountRefunded", { amount: amountRefunded })}</span>
    </span>
  );
}
