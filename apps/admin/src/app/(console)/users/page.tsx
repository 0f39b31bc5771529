import { PageHeader, Skeleton } from "@tillbox/ui";
import type { Metadata } from "next";
import { Suspense } from "react";
import { UsersTable } from "~/components/users/users-table";
import { useMessages } from "@tillbox/plugin-sdk/ui";
import { getTranslations } from "next-intl/server";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("app.pages"))("users") };
}

export default function UsersPage() {
  const { t } = useMessages("app.pages");
  return (
    <>
      <PageHeader title={t("users")} description={t("accountsOfThisTenantCustomers")} />
      {/* The table reads its filters from the URL (useSearchParams). */}
      <Suspense fallback={<Skeleton className="h-64 w-full" />}>
        <UsersTable />
      </Suspense>
    </>
  );
}
