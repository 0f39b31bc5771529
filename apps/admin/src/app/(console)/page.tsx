import { PageHeader } from "@tillbox/ui";
import { Dashboard } from "~/components/dashboard/dashboard";

export default function DashboardPage() {
  return (
    <>
      <PageHeader title="Dashboard" description="How your store and its plugins are doing right now." />
      <Dashboard />
    </>
  );
}
