import { MailCheck } from "lucide-react";
import type { ReactNode } from "react";
import { DevMailboxHint } from "./dev-mailbox";
import { useMessages } from "@tillbox/plugin-sdk/ui";

/** The "we sent you a mail" state shared by sign-up, forgot password, magic link and email change. */
export function CheckInbox({ title, children, action }: { title?: string; children: ReactNode; action?: ReactNode }) {
  const { t } = useMessages("app.auth");
  return (
    <div role="status" className="grid gap-4">
      <div className="flex items-start gap-3">
        <div className="grid size-10 shrink-0 place-items-center rounded-full bg-accent text-accent-foreground">
          <MailCheck className="size-5" aria-hidden />
        </div>
        <div className="grid gap-1">
          <p className="font-medium">{title ?? t("checkYourInbox")}</p>
          <div className="text-sm text-muted-foreground">{children}</div>
        </div>
      </div>
      <DevMailboxHint />
      {action}
    </div>
  );
}
