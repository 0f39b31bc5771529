import { PageHeader } from "@tillbox/ui";
import type { Metadata } from "next";
import { PluginsTable } from "~/components/plugin-manager/plugins-table";
import { useMessages } from "@tillbox/plugin-sdk/ui";
import { getTranslations } from "next-intl/server";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("app.pages"))("plugins") };
}

export default function PluginsPage() {
  const { t } = useMessages("app.pages");
  return (
    <>
      <PageHeader title={t("plugins")} description={t("installedPluginsAndTheirRuntime")} />
      <PluginsTable />
    </>
  );
}
