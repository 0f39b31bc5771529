"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { Alert, AlertDescription, AlertTitle, Badge, Button, ConfirmDialog, PageHeader, Skeleton } from "@tillbox/ui";
import { TriangleAlert } from "lucide-react";
import Link from "next/link";
import { useCan } from "~/components/auth/access";
import { useMessages } from "@tillbox/plugin-sdk/ui";
import { errorMessage, useTRPC } from "~/lib/trpc";
import { PlanAvailabilityNotice } from "./plan-availability";
import { PlanForm } from "./plan-form";
import { PlanPricesCard } from "./plan-prices-card";

/** One plan: its fields, its prices, and archive/unarchive (subscribers keep an archived plan). */
export function PlanEditor({ planId }: { planId: string }) {
  const trpc = useTRPC();
  const can = useCan();
  const queryClient = useQueryClient();
  const { t } = useMessages("app");
  const plan = useQuery(trpc.billing.catalogue.admin.plans.get.queryOptions({ id: planId }));
  const invalidate = () => queryClient.invalidateQueries({ queryKey: trpc.billing.catalogue.pathKey() });
  const name = plan.data?.name ?? "";
  const archive = useMutation(
    trpc.billing.catalogue.admin.plans.archive.mutationOptions({ onSuccess: invalidate, meta: { toast: { success: t("planArchived", { name }) } } }),
  );
  const unarchive = useMutation(
    trpc.billing.catalogue.admin.plans.unarchive.mutationOptions({ onSuccess: invalidate, meta: { toast: { success: t("planUnarchived", { name }) } } }),
  );

  if (plan.isPending) return <Skeleton className="h-96 w-full" />;
  if (plan.isError) {
    return (
      <Alert variant="destructive">
        <TriangleAlert />
        <AlertTitle>{t("couldNotLoadThePlan")}</AlertTitle>
        <AlertDescription>{errorMessage(plan.error)}</AlertDescription>
      </Alert>
    );
  }
  const editable = can("billing.catalogue.admin.plans.update");
  const archived = plan.data.status === "archived";
  const toggle = archived ? unarchive : archive;
  return (
    <>
      <PageHeader
        title={
          <span className="flex items-center gap-3">
            {plan.data.name}
            <Badge variant={archived ? "secondary" : "success"}>{plan.data.status}</Badge>
          </span>
        }
        description={`${plan.data.subscriberCount} live subscription(s).${plan.data.availability.notices.length ? "" : " Offered to every customer, in every enabled currency."}`}
        actions={
          <>
            <Button asChild variant="ghost">
              <Link href="/plans">{t("allPlans")}</Link>
            </Button>
            {can("billing.catalogue.admin.plans.archive") && archived ? (
              <Button disabled={toggle.isPending} onClick={() => toggle.mutate({ id: planId })}>
                {t("unarchive")}
              </Button>
            ) : can("billing.catalogue.admin.plans.archive") ? (
              <ConfirmDialog
                trigger={
                  <Button variant="outline" disabled={toggle.isPending}>
                    {t("archivePlanConfirm")}
                  </Button>
                }
                title={t("archivePlanTitle", { name })}
                description={t("archivePlanDescription")}
                confirmLabel={t("archivePlanConfirm")}
                formatError={errorMessage}
                onConfirm={() => archive.mutateAsync({ id: planId })}
              />
            ) : null}
          </>
        }
      />
      <PlanAvailabilityNotice availability={plan.data.availability} />
      {toggle.error ? (
        <Alert variant="destructive" className="mb-4">
          <AlertDescription>{errorMessage(toggle.error)}</AlertDescription>
        </Alert>
      ) : null}
      <div className="grid gap-6">
        <PlanForm key={JSON.stringify(plan.data)} plan={plan.data} editable={editable} />
        <PlanPricesCard
          key={plan.data.prices.map((price) => `${price.currency}:${price.unitAmount}`).join()}
          planId={planId}
          prices={plan.data.prices}
          editable={can("billing.catalogue.admin.prices.set")}
        />
      </div>
    </>
  );
}
