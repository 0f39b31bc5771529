import { Button, PageHeader } from "@tillbox/ui";
import type { Metadata } from "next";
import Link from "next/link";
import { PlansTable } from "~/components/catalogue/plans-table";

export const metadata: Metadata = { title: "Plans" };

export default function PlansPage() {
  return (
    <>
      <PageHeader
        title="Plans"
        description="What customers subscribe to: billing period, trial, token grant and prices per currency. Archived plans keep their subscribers."
        actions={
          <Button asChild>
            <Link href="/plans/new">New plan</Link>
          </Button>
        }
      />
      <PlansTable />
    </>
  );
}
