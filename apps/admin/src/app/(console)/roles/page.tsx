import { PageHeader } from "@tillbox/ui";
import type { Metadata } from "next";
import { RoleMatrix } from "~/components/roles/role-matrix";
import { RolesActions } from "~/components/roles/roles-actions";
import { useMessages } from "@tillbox/plugin-sdk/ui";
import { getTranslations } from "next-intl/server";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("app.pages"))("roles") };
}

export default function RolesPage() {
  const { t } = useMessages("app.pages");
  return (
    <>
      <PageHeader title={t("roles")} description={t("whichRoleHoldsWhichPermission")} actions={<RolesActions />} />
      <RoleMatrix />
    </>
  );
}
