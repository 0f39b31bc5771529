"use client";

import { useQuery } from "@tanstack/react-query";
import { Badge, Button, Card, QueryStates, Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@tillbox/ui";
import { Package } from "lucide-react";
import Link from "next/link";
import { useCan } from "~/components/auth/access";
import { errorMessage, useTRPC } from "~/lib/trpc";
import { intervalLabel } from "./intervals";
import { PlanAvailabilityBadge } from "./plan-availability";
import { useMessages } from "@tillbox/plugin-sdk/ui";
import { useFormat } from "~/lib/use-format";

/** Every plan, archived ones included: their subscribers still renew on them. */
export function PlansTable() {
  const { formatMoney } = useFormat();
  const { t } = useMessages("app.catalogue");
  const trpc = useTRPC();
  const can = useCan();
  const plans = useQuery(trpc.billing.catalogue.admin.plans.list.queryOptions());

  return (
    <QueryStates query={plans} formatError={errorMessage} skeletonClassName="h-48 w-full" errorTitle="Could not load plans" errorHidesData isEmpty={(data) => data.length === 0} empty={{ icon: <Package />, title: t("noPlansYet"), description: t("createAPlanGiveIt"), action: can("billing.catalogue.admin.plans.create") ? <Button asChild><Link href="/plans/new">{t("newPlan")}</Link></Button> : undefined }}>
      {(data) => (
        <Card className="gap-0 py-0">
          <Table data-testid="plans-table">
            <TableHeader>
              <TableRow className="hover:bg-transparent">
                <TableHead className="pl-6">{t("plan")}</TableHead>
                <TableHead>{t("category")}</TableHead>
                <TableHead>{t("billing")}</TableHead>
                <TableHead>{t("prices")}</TableHead>
                <TableHead>{t("tokens")}</TableHead>
                <TableHead>{t("subscribers")}</TableHead>
                <TableHead>{t("status")}</TableHead>
                <TableHead className="pr-6">{t("offered")}</TableHead>
              </TableRow>
            </TableHeader>
            <TableBody>
              {data.map((plan) => (
                <TableRow key={plan.id}>
                  <TableCell className="pl-6">
                    <Link href={`/plans/${plan.id}`} className="font-medium hover:underline">
                      {plan.name}
                    </Link>
                    <div className="font-mono text-xs text-muted-foreground">{plan.slug}</div>
                  </TableCell>
                  <TableCell>{plan.category?.name ?? "—"}</TableCell>
                  <TableCell>
                    {intervalLabel(plan.interval, plan.intervalCount, t)}
                    {plan.trialDays > 0 ? <div className="text-xs text-muted-foreground">{plan.trialDays}-day trial</div> : null}
                  </TableCell>
                  <TableCell className="text-sm">
                    {plan.prices.length ? plan.prices.map((price) => <div key={price.id}>{formatMoney(price.unitAmount, price.currency)}</div>) : <span className="text-muted-foreground">none</span>}
                  </TableCell>
                  <TableCell>
                    {plan.tokenGrant.toLocaleString("en")}
                    {plan.tokenGrant > 0 ? <div className="text-xs text-muted-foreground">{plan.tokenRollover ? "roll over" : "expire"}</div> : null}
                  </TableCell>
                  <TableCell>{plan.subscriberCount}</TableCell>
                  <TableCell>
                    <Badge variant={plan.status === "active" ? "success" : "secondary"}>{plan.status}</Badge>
                  </TableCell>
                  <TableCell className="pr-6">
                    <PlanAvailabilityBadge availability={plan.availability} />
                  </TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </Card>
      )}
    </QueryStates>
  );
}
