"use client";

import type { PageSlotProps } from "@tillbox/plugin-sdk/react";
import { PageHeader } from "@tillbox/plugin-sdk/ui";
import { CreateEndpointDialog } from "./create-endpoint-dialog";
import { DeliveriesTable } from "./deliveries-table";
import { EndpointsTable } from "./endpoints-table";
import { useMessages } from "@tillbox/plugin-sdk/ui";

export const config = { zone: "admin.page", path: "", title: "Webhooks" };

/** /plugins/webhooks: endpoints on top, the delivery log below. */
export function WebhooksPage(_props: PageSlotProps) {
  const { t, locale } = useMessages("webhooks");
  const addEndpoint = <CreateEndpointDialog t={t} />;
  return (
    <div className="space-y-6">
      <PageHeader title={t("title")} description={t("description")} actions={addEndpoint} />
      <EndpointsTable t={t} locale={locale} action={addEndpoint} />
      <DeliveriesTable t={t} locale={locale} />
    </div>
  );
}

export default WebhooksPage;
