import { PageHeader, Skeleton } from "@tillbox/ui";
import type { Metadata } from "next";
import { Suspense } from "react";
import { AuditTable } from "~/components/audit/audit-table";

export const metadata: Metadata = { title: "Audit log" };

export default function AuditPage() {
  return (
    <>
      <PageHeader title="Audit log" description="Privileged actions: who did what to which record, when and from where. Entries can't be edited." />
      <Suspense fallback={<Skeleton className="h-64 w-full" />}>
        <AuditTable />
      </Suspense>
    </>
  );
}
