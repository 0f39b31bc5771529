"use client";

import { useMutation } from "@tanstack/react-query";
import { Button } from "@tillbox/ui";
import { useTRPC } from "~/lib/trpc";
import { formErrorMessage } from "./form-errors";
import { useMessages } from "@tillbox/plugin-sdk/ui";

/** Asks for a fresh verification link; the answer is the same whether or not the address exists. */
export function ResendVerification({ email }: { email: string }) {
  const { t } = useMessages("app.auth");
  const trpc = useTRPC();
  const resend = useMutation(trpc.auth.resendVerification.mutationOptions({ meta: { toast: false } }));
  if (resend.isSuccess) return <p className="mt-2 text-foreground">{t("aNewConfirmationLinkIs")}</p>;
  return (
    <div className="mt-2 grid gap-1">
      <Button
        type="button"
        variant="outline"
        size="sm"
        className="justify-self-start"
        disabled={resend.isPending || !email}
        onClick={() => resend.mutate({ email })}
      >
        {t("sendTheConfirmationMailAgain")}
      </Button>
      {resend.isError ? <p>{formErrorMessage(resend.error)}</p> : null}
    </div>
  );
}
