import { PageHeader } from "@tillbox/ui";
import type { Metadata } from "next";
import { ApiKeysTable } from "~/components/api-keys/api-keys-table";
import { CreateApiKeyDialog } from "~/components/api-keys/create-api-key-dialog";
import { useMessages } from "@tillbox/plugin-sdk/ui";
import { getTranslations } from "next-intl/server";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("app.pages"))("apiKeys") };
}

export default function ApiKeysPage() {
  const { t } = useMessages("app.pages");
  return (
    <>
      <PageHeader title={t("apiKeys")} description={t("yourKeysForTheRest")} actions={<CreateApiKeyDialog />} />
      <ApiKeysTable />
    </>
  );
}
