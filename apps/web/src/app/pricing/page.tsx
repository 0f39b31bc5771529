import { Skeleton } from "@tillbox/ui";
import type { Metadata } from "next";
import { Suspense } from "react";
import { PricingView } from "~/components/billing/pricing/pricing-view";
import { useMessages } from "@tillbox/plugin-sdk/ui";
import { getTranslations } from "next-intl/server";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("app.pages"))("pricing") };
}

export default function PricingPage() {
  const { t } = useMessages("app.pricing");
  return (
    <div className="mx-auto max-w-6xl px-6 py-16">
      <div className="mx-auto max-w-2xl text-center">
        <h1 className="text-4xl font-semibold tracking-tight">{t("pricing")}</h1>
        <p className="mt-4 text-lg text-muted-foreground">{t("pickAPlanSwitchOr")}</p>
      </div>
      {/* Currency and billing cycle live in the URL (useSearchParams), so a link keeps them. */}
      <Suspense fallback={<Skeleton className="mt-12 h-96 w-full" />}>
        <PricingView />
      </Suspense>
    </div>
  );
}
