import { PageHeader } from "@tillbox/ui";
import type { Metadata } from "next";
import { PluginsTable } from "~/components/plugin-manager/plugins-table";

export const metadata: Metadata = { title: "Plugins" };

export default function PluginsPage() {
  return (
    <>
      <PageHeader title="Plugins" description="Installed plugins and their runtime state. Changes apply on the next request, no restart." />
      <PluginsTable />
    </>
  );
}
