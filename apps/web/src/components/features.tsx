import { Card, CardDescription, CardHeader, CardTitle } from "@tillbox/ui";
import { CalendarCheck, Coins, FileText, Puzzle, Receipt, Repeat, type LucideIcon } from "lucide-react";
import { useMessages } from "@tillbox/plugin-sdk/ui";

// id: the feature's title and description under app.common.feature.<id>.
const features: { icon: LucideIcon; id: string }[] = [
  { icon: Repeat, id: "subscriptions" },
  { icon: Receipt, id: "invoices" },
  { icon: Coins, id: "wallet" },
  { icon: FileText, id: "cms" },
  { icon: CalendarCheck, id: "shop" },
  { icon: Puzzle, id: "plugins" },
];

export function Features() {
  const { t } = useMessages("app.common");
  return (
    <section id="features" className="mx-auto max-w-6xl px-6 py-20">
      <div className="mx-auto max-w-2xl text-center">
        <h2 className="text-3xl font-semibold tracking-tight">{t("everythingBetweenBuyAndPaid")}</h2>
        <p className="mt-3 text-muted-foreground">{t("oneTypescriptStackForThe")}</p>
      </div>
      <div className="mt-12 grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
        {features.map(({ icon: FeatureIcon, id }) => (
          <Card key={id} className="gap-3 transition-shadow hover:shadow-md">
            <CardHeader>
              <div className="mb-3 grid size-10 place-items-center rounded-lg bg-accent text-accent-foreground">
                <FeatureIcon className="size-5" aria-hidden />
              </div>
              <CardTitle>{t(`feature.${id}.title`)}</CardTitle>
              <CardDescription className="leading-relaxed">{t(`feature.${id}.description`)}</CardDescription>
            </CardHeader>
          </Card>
        ))}
      </div>
    </section>
  );
}
