"use client";

import { Alert, AlertDescription, Button, Dialog, DialogContent, DialogDescription, DialogFooter, DialogHeader, DialogTitle, DialogTrigger } from "@tillbox/ui";
import { VenetianMask } from "lucide-react";
import { useState } from "react";
import { useAccess } from "~/components/auth/access";
import { impersonationRequest, postHandover } from "~/components/auth/impersonation-request";
import { useMessages } from "@tillbox/plugin-sdk/ui";

/**
 * Starts an audited impersonation: the back-office keeps its own session and the browser is handed
 * to the customer portal as the user, under a banner with a one-click end. Owners, yourself and
 * more privileged users are refused by the server.
 */
export function ImpersonateButton({ user }: { user: { id: string; email: string; name: string | null } }) {
  const { t } = useMessages("app.users");
  const access = useAccess();
  const [open, setOpen] = useState(false);
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<string | null>(null);
  if (access?.userId === user.id) return null;

  async function start() {
    setPending(true);
    setError(null);
    try {
      const { handover } = await impersonationRequest({ action: "start", userId: user.id });
      if (!handover) throw new Error(t("theServerDidNotHand"));
      postHandover(handover);
    } catch (failure) {
      setError(failure instanceof Error ? failure.message : t("impersonationFailed"));
      setPending(false);
    }
  }

  return (
    <Dialog open={open} onOpenChange={(next) => (setOpen(next), setError(null))}>
      <DialogTrigger asChild>
        <Button variant="outline" size="sm">
          <VenetianMask aria-hidden /> {t("impersonate")}
        </Button>
      </DialogTrigger>
      <DialogContent>
        <DialogHeader>
          <DialogTitle>View the portal as {user.name ?? user.email}?</DialogTitle>
          <DialogDescription>
            You will see and act in the customer portal as this user until you end it (at most one hour). Starting and ending are recorded in the audit log
            under your name.
          </DialogDescription>
        </DialogHeader>
        {error ? (
          <Alert variant="destructive">
            <AlertDescription>{error}</AlertDescription>
          </Alert>
        ) : null}
        <DialogFooter>
          <Button variant="ghost" onClick={() => setOpen(false)}>
            {t("cancel")}
          </Button>
          <Button onClick={start} disabled={pending}>
            {pending ? t("starting") : t("startImpersonation")}
          </Button>
        </DialogFooter>
      </DialogContent>
    </Dialog>
  );
}
