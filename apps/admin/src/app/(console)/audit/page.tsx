import { PageHeader, Skeleton } from "@tillbox/ui";
import type { Metadata } from "next";
import { Suspense } from "react";
import { AuditTable } from "~/components/audit/audit-table";
import { useMessages } from "@tillbox/plugin-sdk/ui";
import { getTranslations } from "next-intl/server";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("app.pages"))("auditLog") };
}

export default function AuditPage() {
  const { t } = useMessages("app.pages");
  return (
    <>
      <PageHeader title={t("auditLog")} description={t("privilegedActionsWhoDidWhat")} />
      <Suspense fallback={<Skeleton className="h-64 w-full" />}>
        <AuditTable />
      </Suspense>
    </>
  );
}
