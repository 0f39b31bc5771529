import { EmptyState } from "@tillbox/ui";
import { ShieldX } from "lucide-react";
import { useMessages } from "@tillbox/plugin-sdk/ui";

/** Signed in, but no role grants a back-office scope (a customer account, or a role taken away). */
export function NoAccess({ email }: { email: string }) {
  const { t } = useMessages("app.auth");
  return (
    <EmptyState
      className="mt-10"
      icon={<ShieldX />}
      title={t("noAccessToTheBack")}
      description={`${email} is signed in but holds no back-office permission. Ask an owner for a role, or sign out and use another account.`}
    />
  );
}
