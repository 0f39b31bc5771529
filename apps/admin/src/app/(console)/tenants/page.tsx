import { PageHeader } from "@tillbox/ui";
import type { Metadata } from "next";
import { RoutingRules } from "~/components/tenants/routing-rules";
import { TenantsTable } from "~/components/tenants/tenants-table";
import { useMessages } from "@tillbox/plugin-sdk/ui";
import { getTranslations } from "next-intl/server";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("app.pages"))("tenants") };
}

export default function TenantsPage() {
  const { t } = useMessages("app.pages");
  return (
    <>
      <PageHeader title={t("tenants")} description={t("organisationsServedByThisInstallation")} />
      <div className="grid gap-6">
        <TenantsTable />
        <RoutingRules />
      </div>
    </>
  );
}
