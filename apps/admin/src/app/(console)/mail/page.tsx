import { PageHeader, Skeleton } from "@tillbox/ui";
import type { Metadata } from "next";
import { Suspense } from "react";
import { MailList } from "~/components/mail/mail-list";

export const metadata: Metadata = { title: "Mailbox" };

export default function MailboxPage() {
  return (
    <>
      <PageHeader title="Mailbox" description="Emails the development transport captured instead of sending." />
      <Suspense fallback={<Skeleton className="h-48 w-full" />}>
        <MailList />
      </Suspense>
    </>
  );
}
