import { PageHeader } from "@tillbox/ui";
import type { Metadata } from "next";
import { RoleMatrix } from "~/components/roles/role-matrix";
import { RolesActions } from "~/components/roles/roles-actions";

export const metadata: Metadata = { title: "Roles" };

export default function RolesPage() {
  return (
    <>
      <PageHeader
        title="Roles"
        description="Which role holds which permission. Core scopes first, then each plugin's; changes apply on each user's next request."
        actions={<RolesActions />}
      />
      <RoleMatrix />
    </>
  );
}
