import { PageHeader } from "@tillbox/ui";
import type { Metadata } from "next";
import { RoutingRules } from "~/components/tenants/routing-rules";
import { TenantsTable } from "~/components/tenants/tenants-table";

export const metadata: Metadata = { title: "Tenants" };

export default function TenantsPage() {
  return (
    <>
      <PageHeader title="Tenants" description="Organisations served by this installation, and how requests find them. Managed from the platform tenant only." />
      <div className="grid gap-6">
        <TenantsTable />
        <RoutingRules />
      </div>
    </>
  );
}
