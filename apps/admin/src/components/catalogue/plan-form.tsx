"use client";

import { useQuery } from "@tanstack/react-query";
import { Card, CardContent, CardDescription, CardHeader, CardTitle, Skeleton } from "@tillbox/ui";
import { useMessages } from "@tillbox/plugin-sdk/ui";
import { useTRPC } from "~/lib/trpc";
import type { PlanValues } from "./plan-form-values";
import { PlanFormFields } from "./plan-form-fields";

/**
 * Creates a plan with its prices (then opens it), in the category it most likely belongs to, or
 * saves an existing one (its prices are edited in their own card).
 */
export function PlanForm({ plan, editable }: { plan?: PlanValues; editable: boolean }) {
  const { t } = useMessages("app.catalogue");
  const trpc = useTRPC();
  const categories = useQuery(trpc.billing.catalogue.admin.categories.list.queryOptions());
  const suggested = useQuery({ ...trpc.billing.catalogue.admin.categories.suggested.queryOptions(), enabled: !plan });
  const currencies = useQuery({ ...trpc.billing.catalogue.admin.currencies.list.queryOptions(), enabled: !plan });

  // The form's defaults (the suggested category, the currencies to price in) must be known on its first render.
  if (categories.isPending || (!plan && (suggested.isPending || currencies.isPending))) return <Skeleton className="h-96 w-full" />;

  return (
    <Card>
      <CardHeader>
        <CardTitle>{plan ? t("plan") : t("newPlan")}</CardTitle>
        <CardDescription>{t("liveSubscriptionsKeepThePrice")}</CardDescription>
      </CardHeader>
      <CardContent>
        <PlanFormFields
          plan={plan}
          editable={editable}
          categories={categories.data ?? []}
          suggestedCategoryId={suggested.data?.id ?? ""}
          enabled={currencies.data?.filter((currency) => currency.active) ?? []}
        />
      </CardContent>
    </Card>
  );
}
