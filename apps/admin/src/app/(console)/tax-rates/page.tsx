import { PageHeader } from "@tillbox/ui";
import type { Metadata } from "next";
import { TaxRatesTable } from "~/components/catalogue/tax-rates-table";
import { useMessages } from "@tillbox/plugin-sdk/ui";
import { getTranslations } from "next-intl/server";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("app.pages"))("taxRates") };
}

export default function TaxRatesPage() {
  const { t } = useMessages("app.pages");
  return (
    <>
      <PageHeader title={t("taxRates")} description={t("oneActiveRatePerCountry")} />
      <TaxRatesTable />
    </>
  );
}
