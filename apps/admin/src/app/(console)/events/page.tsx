import { PageHeader } from "@tillbox/ui";
import type { Metadata } from "next";
import { DeliveriesTable } from "~/components/events/deliveries-table";
import { EventsTable } from "~/components/events/events-table";
import { useMessages } from "@tillbox/plugin-sdk/ui";
import { getTranslations } from "next-intl/server";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("app.pages"))("events") };
}

export default function EventsPage() {
  const { t } = useMessages("app.pages");
  return (
    <>
      <PageHeader title={t("events")} description={t("domainEventsFromTheOutbox")} />
      <div className="grid gap-6">
        <DeliveriesTable />
        <EventsTable />
      </div>
    </>
  );
}
