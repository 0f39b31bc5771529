import { Button, Card, CardContent } from "@tillbox/ui";
import { Coins } from "lucide-react";
import Link from "next/link";
import { Money } from "../money";
import type { PublicBundle } from "../types";
import { useMessages } from "@tillbox/plugin-sdk/ui";

/** Token bundles: one-off purchases credited to the wallet when paid. */
export function BundleList({ bundles, currency }: { bundles: PublicBundle[]; currency: string }) {
  const { t } = useMessages("app.pricing");
  if (bundles.length === 0) return null;
  return (
    <ul className="grid gap-4 sm:grid-cols-2 lg:grid-cols-3" aria-label={t("tokenBundles")}>
      {bundles.map((bundle) => (
        <li key={bundle.id}>
          <Card className="py-4">
            <CardContent className="flex items-center justify-between gap-4">
              <div className="flex items-center gap-3">
                <Coins className="size-5 text-primary" aria-hidden />
                <div>
                  <p className="font-medium">{bundle.name}</p>
                  <Money amount={bundle.price.unitAmount} currency={bundle.price.currency} className="text-sm text-muted-foreground" />
                </div>
              </div>
              <Button asChild variant="outline" size="sm">
                <Link href={`/checkout?bundle=${bundle.id}&currency=${currency}`} aria-label={`Buy ${bundle.name}`}>
                  {t("buy")}
                </Link>
              </Button>
            </CardContent>
          </Card>
        </li>
      ))}
    </ul>
  );
}
