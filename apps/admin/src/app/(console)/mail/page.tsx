import { PageHeader, Skeleton } from "@tillbox/ui";
import type { Metadata } from "next";
import { Suspense } from "react";
import { MailList } from "~/components/mail/mail-list";
import { useMessages } from "@tillbox/plugin-sdk/ui";
import { getTranslations } from "next-intl/server";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("app.pages"))("mailbox") };
}

export default function MailboxPage() {
  const { t } = useMessages("app.pages");
  return (
    <>
      <PageHeader title={t("mailbox")} description={t("emailsTheDevelopmentTransportCaptured")} />
      <Suspense fallback={<Skeleton className="h-48 w-full" />}>
        <MailList />
      </Suspense>
    </>
  );
}
