"use client";

import { useMutation } from "@tanstack/react-query";
import { Button } from "@tillbox/ui";
import { Loader2, LogOut } from "lucide-react";
import { signOut } from "next-auth/react";
import { useTRPC } from "~/lib/trpc";
import { FormAlert } from "../auth/form-alert";
import { formErrorMessage } from "../auth/form-errors";
import { useMessages } from "@tillbox/plugin-sdk/ui";

export function SignOutEverywhere() {
  const { t } = useMessages("app.account");
  const trpc = useTRPC();
  const everywhere = useMutation(
    trpc.account.signOutEverywhere.mutationOptions({
      meta: { toast: false },
      // Every session is stale now, this one included: clear its cookie rather than wait for the next check.
      onSuccess: () => signOut({ redirectTo: "/auth/sign-in?signedOut=everywhere" }),
    }),
  );
  return (
    <div className="grid gap-4">
      {everywhere.isError ? <FormAlert>{formErrorMessage(everywhere.error)}</FormAlert> : null}
      <div>
        <Button type="button" variant="outline" disabled={everywhere.isPending || everywhere.isSuccess} onClick={() => everywhere.mutate()}>
          {everywhere.isPending ? <Loader2 className="animate-spin" aria-hidden /> : <LogOut aria-hidden />}
          {t("signOutEverywhere")}
        </Button>
      </div>
    </div>
  );
}
