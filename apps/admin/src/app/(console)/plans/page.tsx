import { Button, PageHeader } from "@tillbox/ui";
import type { Metadata } from "next";
import Link from "next/link";
import { PlansTable } from "~/components/catalogue/plans-table";
import { useMessages } from "@tillbox/plugin-sdk/ui";
import { getTranslations } from "next-intl/server";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("app.pages"))("plans") };
}

export default function PlansPage() {
  const { t } = useMessages("app.pages");
  return (
    <>
      <PageHeader
        title={t("plans")}
        description={t("whatCustomersSubscribeToBilling")}
        actions={
          <Button asChild>
            <Link href="/plans/new">{t("newPlan")}</Link>
          </Button>
        }
      />
      <PlansTable />
    </>
  );
}
