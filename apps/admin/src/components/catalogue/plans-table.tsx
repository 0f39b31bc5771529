"use client";

import { useQuery } from "@tanstack/react-query";
import { useMessages } from "@tillbox/plugin-sdk/ui";
import { Badge, Button } from "@tillbox/ui";
import { DataTable, type DataTableColumn } from "@tillbox/ui/data-table";
import { Package } from "lucide-react";
import Link from "next/link";
import { useMemo } from "react";
import { useCan } from "~/components/auth/access";
import { errorMessage, useTRPC, type RouterOutputs } from "~/lib/trpc";
import { useFormat } from "~/lib/use-format";
import { intervalLabel } from "./intervals";
import { PlanAvailabilityBadge } from "./plan-availability";

type PlanRow = RouterOutputs["billing"]["catalogue"]["admin"]["plans"]["list"][number];

/** Every plan, archived ones included: their subscribers still renew on them. */
export function PlansTable() {
  const { formatMoney, formatNumber } = useFormat();
  const { t } = useMessages("app.catalogue");
  const trpc = useTRPC();
  const can = useCan();
  const plans = useQuery({ ...trpc.billing.catalogue.admin.plans.list.queryOptions(), select: (items) => ({ items }) });
  const columns = useMemo<DataTableColumn<PlanRow>[]>(
    () => [
      {
        id: "plan",
        header: t("plan"),
        cell: (plan) => (
          <>
            <Link href={`/plans/${plan.id}`} className="font-medium hover:underline">
              {plan.name}
            </Link>
            <div className="font-mono text-xs text-muted-foreground">{plan.slug}</div>
          </>
        ),
      },
      { id: "category", header: t("category"), cell: (plan) => plan.category?.name ?? "—" },
      {
        id: "billing",
        header: t("billing"),
        cell: (plan) => (
          <>
            {intervalLabel(plan.interval, plan.intervalCount, t)}
            {plan.trialDays > 0 ? <div className="text-xs text-muted-foreground">{t("trialDays", { days: plan.trialDays })}</div> : null}
          </>
        ),
      },
      {
        id: "prices",
        header: t("prices"),
        className: "text-sm",
        cell: (plan) =>
          plan.prices.length ? (
            plan.prices.map((price) => <div key={price.id}>{formatMoney(price.unitAmount, price.currency)}</div>)
          ) : (
            <span className="text-muted-foreground">{t("noPrices")}</span>
          ),
      },
      {
        id: "tokens",
        header: t("tokens"),
        cell: (plan) => (
          <>
            {formatNumber(plan.tokenGrant)}
            {plan.tokenGrant > 0 ? <div className="text-xs text-muted-foreground">{plan.tokenRollover ? t("tokensRollOver") : t("tokensExpire")}</div> : null}
          </>
        ),
      },
      { id: "subscribers", header: t("subscribers"), cell: (plan) => formatNumber(plan.subscriberCount) },
      { id: "status", header: t("status"), cell: (plan) => <Badge variant={plan.status === "active" ? "success" : "secondary"}>{plan.status}</Badge> },
      { id: "offered", header: t("offered"), cell: (plan) => <PlanAvailabilityBadge availability={plan.availability} /> },
    ],
    [t, formatMoney, formatNumber],
  );
  const newPlan = can("billing.catalogue.admin.plans.create") ? (
    <Button asChild>
      <Link href="/plans/new">{t("newPlan")}</Link>
    </Button>
  ) : undefined;

  return (
    <DataTable
      testId="plans-table"
      columns={columns}
      query={plans}
      formatError={(error) => `${t("couldNotLoadPlans")}: ${String(errorMessage(error))}`}
      empty={{ icon: <Package />, title: t("noPlansYet"), description: t("createAPlanGiveIt"), action: newPlan }}
      getRowId={(plan) => plan.id}
    />
  );
}
