import { PageHeader } from "@tillbox/ui";
import type { Metadata } from "next";
import { TaxRatesTable } from "~/components/catalogue/tax-rates-table";

export const metadata: Metadata = { title: "Tax rates" };

export default function TaxRatesPage() {
  return (
    <>
      <PageHeader
        title="Tax rates"
        description="One active rate per country. Same country: the seller's rate; EU consumers: their country's rate (OSS); EU businesses with a VAT id: reverse charge; elsewhere: the customer country's rate if set."
      />
      <TaxRatesTable />
    </>
  );
}
