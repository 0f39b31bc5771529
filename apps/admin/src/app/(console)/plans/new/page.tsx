import { PageHeader } from "@tillbox/ui";
import type { Metadata } from "next";
import { PlanForm } from "~/components/catalogue/plan-form";
import { useMessages } from "@tillbox/plugin-sdk/ui";
import { getTranslations } from "next-intl/server";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("app.pages"))("newPlan") };
}

export default function NewPlanPage() {
  const { t } = useMessages("app.pages");
  return (
    <>
      <PageHeader title={t("newPlan")} description={t("nameBillingPeriodCategoryAnd")} />
      <PlanForm editable />
    </>
  );
}
