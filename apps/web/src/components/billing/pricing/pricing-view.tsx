"use client";

import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { Alert, AlertDescription, AlertTitle, EmptyState, Skeleton } from "@tillbox/ui";
import { Package, TriangleAlert } from "lucide-react";
import Link from "next/link";
import { usePathname, useRouter, useSearchParams } from "next/navigation";
import { errorMessage, useTRPC } from "~/lib/trpc";
import { matchesCycle } from "../intervals";
import { BundleList } from "./bundle-list";
import { PlanCard } from "./plan-card";
import { PricingControls, type Cycle } from "./pricing-controls";
import { useMessages } from "@tillbox/plugin-sdk/ui";

/** The public catalogue in one currency, plans grouped by category, filtered by billing cycle. */
export function PricingView() {
  const { t } = useMessages("app.pricing");
  const trpc = useTRPC();
  const params = useSearchParams();
  const router = useRouter();
  const pathname = usePathname();
  const requested = params.get("currency")?.toUpperCase() || undefined;
  const cycle: Cycle = params.get("billing") === "yearly" ? "yearly" : "monthly";
  const catalogue = useQuery({
    ...trpc.billing.catalogue.plans.queryOptions(requested ? { currency: requested } : undefined),
    placeholderData: keepPreviousData,
  });

  const setParam = (key: string, value: string | null) => {
    const next = new URLSearchParams(params.toString());
    if (value === null) next.delete(key);
    else next.set(key, value);
    router.replace(next.size ? `${pathname}?${next}` : pathname, { scroll: false });
  };

  if (catalogue.isPending) return <Skeleton className="mt-12 h-96 w-full" />;
  if (catalogue.isError) {
    return (
      <Alert variant="destructive" className="mt-12">
        <TriangleAlert aria-hidden />
        <AlertTitle>{t("pricesCouldNotBeLoaded")}</AlertTitle>
        <AlertDescription>
          {errorMessage(catalogue.error)}{" "}
          {requested ? (
            <Link href="/pricing" className="font-medium underline underline-offset-4">
              {t("showTheDefaultCurrency")}
            </Link>
          ) : null}
        </AlertDescription>
      </Alert>
    );
  }
  const { currency, currencies, groups, bundles } = catalogue.data;
  const intervals = new Set(groups.flatMap((group) => group.plans.map((plan) => plan.interval)));
  const showCycle = intervals.has("year") && [...intervals].some((interval) => interval !== "year" && interval !== "one_time");
  const visible = groups
    .map((group) => ({ ...group, plans: group.plans.filter((plan) => !showCycle || matchesCycle(plan.interval, cycle)) }))
    .filter((group) => group.plans.length > 0);

  return (
    <div className="mt-10 grid gap-12" aria-busy={catalogue.isFetching}>
      <PricingControls
        currency={currency}
        currencies={currencies}
        cycle={cycle}
        showCycle={showCycle}
        onCurrency={(code) => setParam("currency", code)}
        onCycle={(next) => setParam("billing", next === "monthly" ? null : next)}
      />
      {visible.length === 0 ? <EmptyState icon={<Package />} title={t("noPlansInThisCurrency")} description={t("tryAnotherCurrency")} /> : null}
      {visible.map((group) => (
        <section key={group.category?.id ?? "other"} aria-label={group.category?.name ?? t("otherPlans")} className="grid gap-4">
          {visible.length > 1 || group.category?.isSingle ? (
            <div>
              <h2 className="text-xl font-semibold tracking-tight">{group.category?.name ?? t("otherPlans")}</h2>
              {group.category?.isSingle ? <p className="text-sm text-muted-foreground">{t("oneSubscriptionAtATime")}</p> : null}
            </div>
          ) : null}
          <div className="grid gap-6 md:grid-cols-2 lg:grid-cols-3">
            {group.plans.map((plan) => (
              <PlanCard key={plan.id} plan={plan} currency={currency} />
            ))}
          </div>
        </section>
      ))}
      {bundles.length > 0 ? (
        <section aria-labelledby="bundles-title" className="grid gap-4">
          <div>
            <h2 id="bundles-title" className="text-xl font-semibold tracking-tight">
              {t("tokenBundles")}
            </h2>
            <p className="text-sm text-muted-foreground">{t("topUpYourWalletWith")}</p>
          </div>
          <BundleList bundles={bundles} currency={currency} />
        </section>
      ) : null}
    </div>
  );
}
