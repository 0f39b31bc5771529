import { PageHeader } from "@tillbox/ui";
import type { Metadata } from "next";
import { DeliveriesTable } from "~/components/events/deliveries-table";
import { EventsTable } from "~/components/events/events-table";

export const metadata: Metadata = { title: "Events" };

export default function EventsPage() {
  return (
    <>
      <PageHeader title="Events" description="Domain events from the outbox and their deliveries to functions." />
      <div className="grid gap-6">
        <DeliveriesTable />
        <EventsTable />
      </div>
    </>
  );
}
