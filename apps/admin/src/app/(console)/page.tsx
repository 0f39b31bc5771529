import { PageHeader } from "@tillbox/ui";
import { Dashboard } from "~/components/dashboard/dashboard";
import { useMessages } from "@tillbox/plugin-sdk/ui";

export default function DashboardPage() {
  const { t } = useMessages("app.pages");
  return (
    <>
      <PageHeader title={t("dashboard")} description={t("howYourStoreAndIts")} />
      <Dashboard />
    </>
  );
}
