import { EmptyState } from "@tillbox/ui";
import { ShieldX } from "lucide-react";

/** Signed in, but no role grants a back-office scope (a customer account, or a role taken away). */
export function NoAccess({ email }: { email: string }) {
  return (
    <EmptyState
      className="mt-10"
      icon={<ShieldX />}
      title="No access to the back-office"
      description={`${email} is signed in but holds no back-office permission. Ask an owner for a role, or sign out and use another account.`}
    />
  );
}
