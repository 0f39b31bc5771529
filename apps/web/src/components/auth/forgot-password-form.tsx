"use client";

import { useMutation } from "@tanstack/react-query";
import { Button, Input } from "@tillbox/ui";
import { Field } from "@tillbox/ui/field";
import { Loader2 } from "lucide-react";
import { useState, type FormEvent } from "react";
import { useTRPC } from "~/lib/trpc";
import { CheckInbox } from "./check-inbox";
import { FormAlert } from "./form-alert";
import { formErrorMessage } from "./form-errors";
import { useMessages } from "@tillbox/plugin-sdk/ui";

export function ForgotPasswordForm() {
  const { t, rich } = useMessages("app.auth");
  const trpc = useTRPC();
  const [email, setEmail] = useState("");
  const request = useMutation(trpc.auth.requestPasswordReset.mutationOptions({ meta: { toast: false } }));

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    request.mutate({ email });
  }

  if (request.isSuccess) {
    // Same words for every address: this page must not tell who has an account.
    return (
      <CheckInbox
        action={
          <Button variant="outline" onClick={() => request.reset()}>
            {t("useAnotherAddress")}
          </Button>
        }
      >
        {rich("resetLinkSent", { email, strong: (chunks) => <strong className="text-foreground">{chunks}</strong> })}
      </CheckInbox>
    );
  }

  return (
    <form onSubmit={onSubmit} className="grid gap-4">
      {request.isError ? <FormAlert>{formErrorMessage(request.error)}</FormAlert> : null}
      <Field id="email" label={t("email")}>
        <Input id="email" name="email" type="email" autoComplete="email" required value={email} onChange={(event) => setEmail(event.target.value)} />
      </Field>
      <Button type="submit" disabled={request.isPending}>
        {request.isPending ? <Loader2 className="animate-spin" aria-hidden /> : null}
        {t("sendResetLink")}
      </Button>
    </form>
  );
}
