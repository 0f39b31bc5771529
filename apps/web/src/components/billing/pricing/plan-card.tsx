import { Badge, Button, Card, CardContent, CardDescription, CardFooter, CardHeader, CardTitle } from "@tillbox/ui";
import { Check, Coins } from "lucide-react";
import Link from "next/link";
import { useMessages } from "@tillbox/plugin-sdk/ui";
import { Money } from "../money";
import type { PublicPlan } from "../types";
import { useBillingFormat } from "../use-billing-format";
import { featureList } from "./plan-features";

/** One plan on /pricing: price per period, trial, token grant, features and the way to checkout. */
export function PlanCard({ plan, currency }: { plan: PublicPlan; currency: string }) {
  const { t } = useMessages("app.pricing");
  const format = useBillingFormat();
  const features = featureList(plan.features);
  const checkoutHref = `/checkout?plan=${plan.id}&currency=${currency}`;
  return (
    <Card className="flex flex-col" data-testid={`plan-${plan.slug}`} aria-labelledby={`plan-${plan.slug}-name`}>
      <CardHeader>
        <div className="flex flex-wrap items-center gap-2">
          <CardTitle id={`plan-${plan.slug}-name`}>{plan.name}</CardTitle>
          {plan.trialDays > 0 ? <Badge variant="success">{t("freeTrial", { days: plan.trialDays })}</Badge> : null}
        </div>
        {plan.description ? <CardDescription>{plan.description}</CardDescription> : null}
      </CardHeader>
      <CardContent className="grid flex-1 content-start gap-4">
        <p className="flex items-baseline gap-1.5">
          <Money amount={plan.price.unitAmount} currency={plan.price.currency} className="text-3xl font-semibold tracking-tight" />
          <span className="text-sm text-muted-foreground">{format.perInterval(plan.interval, plan.intervalCount)}</span>
        </p>
        {plan.tokenGrant > 0 ? (
          <p className="flex items-center gap-2 text-sm">
            <Coins className="size-4 text-primary" aria-hidden />
            {plan.interval === "one_time"
              ? t("tokensIncluded", { count: format.number(plan.tokenGrant) })
              : t("tokensEvery", { count: format.number(plan.tokenGrant), interval: format.intervalLabel(plan.interval, plan.intervalCount) })}
            <span className="text-muted-foreground">{t(plan.tokenRollover ? "rollOver" : "expireAtPeriodEnd")}</span>
          </p>
        ) : null}
        {features.length > 0 ? (
          <ul className="grid gap-1.5 text-sm" aria-label={t("features", { plan: plan.name })}>
            {features.map((feature) => (
              <li key={feature} className="flex items-center gap-2">
                <Check className="size-4 text-success" aria-hidden /> {feature}
              </li>
            ))}
          </ul>
        ) : null}
      </CardContent>
      <CardFooter>
        <Button asChild className="w-full">
          <Link href={checkoutHref} aria-label={t("choosePlan", { plan: plan.name })}>
            {t(plan.trialDays > 0 ? "startTrial" : "choose")}
          </Link>
        </Button>
      </CardFooter>
    </Card>
  );
}
