import { PageHeader } from "@tillbox/ui";
import type { Metadata } from "next";
import { ApiKeysTable } from "~/components/api-keys/api-keys-table";
import { CreateApiKeyDialog } from "~/components/api-keys/create-api-key-dialog";

export const metadata: Metadata = { title: "API keys" };

export default function ApiKeysPage() {
  return (
    <>
      <PageHeader title="API keys" description="Your keys for the REST API (/api/v1). A key acts as you, limited to its scopes; demoting you narrows it at once." actions={<CreateApiKeyDialog />} />
      <ApiKeysTable />
    </>
  );
}
