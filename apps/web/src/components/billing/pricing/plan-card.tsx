import { Badge, Button, Card, CardContent, CardDescription, CardFooter, CardHeader, CardTitle } from "@tillbox/ui";
import { Check, Coins } from "lucide-react";
import Link from "next/link";
import { intervalLabel, perInterval } from "../intervals";
import { Money } from "../money";
import type { PublicPlan } from "../types";
import { featureList } from "./plan-features";

/** One plan on /pricing: price per period, trial, token grant, features and the way to checkout. */
export function PlanCard({ plan, currency }: { plan: PublicPlan; currency: string }) {
  const features = featureList(plan.features);
  const checkoutHref = `/checkout?plan=${plan.id}&currency=${currency}`;
  return (
    <Card className="flex flex-col" data-testid={`plan-${plan.slug}`} aria-labelledby={`plan-${plan.slug}-name`}>
      <CardHeader>
        <div className="flex flex-wrap items-center gap-2">
          <CardTitle id={`plan-${plan.slug}-name`}>{plan.name}</CardTitle>
          {plan.trialDays > 0 ? <Badge variant="success">{plan.trialDays}-day free trial</Badge> : null}
        </div>
        {plan.description ? <CardDescription>{plan.description}</CardDescription> : null}
      </CardHeader>
      <CardContent className="grid flex-1 content-start gap-4">
        <p className="flex items-baseline gap-1.5">
          <Money amount={plan.price.unitAmount} currency={plan.price.currency} className="text-3xl font-semibold tracking-tight" />
          <span className="text-sm text-muted-foreground">{perInterval(plan.interval, plan.intervalCount)}</span>
        </p>
        {plan.tokenGrant > 0 ? (
          <p className="flex items-center gap-2 text-sm">
            <Coins className="size-4 text-primary" aria-hidden />
            {plan.tokenGrant.toLocaleString("en")} tokens {plan.interval === "one_time" ? "included" : `every ${intervalLabel(plan.interval, plan.intervalCount)}`}
            <span className="text-muted-foreground">{plan.tokenRollover ? "(unused ones roll over)" : "(expire at period end)"}</span>
          </p>
        ) : null}
        {features.length > 0 ? (
          <ul className="grid gap-1.5 text-sm" aria-label={`${plan.name} features`}>
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
          <Link href={checkoutHref} aria-label={`Choose ${plan.name}`}>
            {plan.trialDays > 0 ? "Start free trial" : "Choose"}
          </Link>
        </Button>
      </CardFooter>
    </Card>
  );
}
