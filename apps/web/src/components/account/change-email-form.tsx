"use client";

import { useMutation } from "@tanstack/react-query";
import { Button, Input } from "@tillbox/ui";
import { Field, fieldDescribedBy } from "@tillbox/ui/field";
import { Loader2 } from "lucide-react";
import { useState, type FormEvent } from "react";
import { useTRPC } from "~/lib/trpc";
import { CheckInbox } from "../auth/check-inbox";
import { FormAlert } from "../auth/form-alert";
import { fieldErrorMessage, formErrorMessage, isFieldError } from "../auth/form-errors";
import { PasswordInput } from "../auth/password-input";
import { useMessages } from "@tillbox/plugin-sdk/ui";

export function ChangeEmailForm({ currentEmail }: { currentEmail: string }) {
  const { t, rich } = useMessages("app.account");
  const trpc = useTRPC();
  const [newEmail, setNewEmail] = useState("");
  const [currentPassword, setCurrentPassword] = useState("");
  const request = useMutation(trpc.account.requestEmailChange.mutationOptions({ meta: { toast: false }, onSuccess: () => setCurrentPassword("") }));
  const errors = { email: fieldErrorMessage(request.error, "newEmail"), password: fieldErrorMessage(request.error, "currentPassword") };

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    request.mutate({ newEmail, currentPassword });
  }

  if (request.isSuccess) {
    return (
      <CheckInbox
        action={
          <Button variant="outline" className="justify-self-start" onClick={() => request.reset()}>
            {t("done")}
          </Button>
        }
      >
        {rich("emailChangeSent", { newEmail, currentEmail, strong: (chunks) => <strong className="text-foreground">{chunks}</strong> })}
      </CheckInbox>
    );
  }

  return (
    <form onSubmit={onSubmit} className="grid max-w-md gap-4">
      {request.isError && !isFieldError(request.error, ["newEmail", "currentPassword"]) ? <FormAlert>{formErrorMessage(request.error)}</FormAlert> : null}
      <Field id="email-new" label={t("newEmailAddress")} error={errors.email}>
        <Input
          id="email-new"
          type="email"
          autoComplete="email"
          required
          value={newEmail}
          onChange={(event) => setNewEmail(event.target.value)}
          {...fieldDescribedBy("email-new", { error: errors.email })}
        />
      </Field>
      <Field id="email-password" label={t("password")} hint={t("toConfirmItIsYou")} error={errors.password}>
        <PasswordInput
          id="email-password"
          autoComplete="current-password"
          required
          value={currentPassword}
          onChange={(event) => setCurrentPassword(event.target.value)}
          {...fieldDescribedBy("email-password", { hint: true, error: errors.password })}
        />
      </Field>
      <Button type="submit" className="justify-self-start" disabled={request.isPending}>
        {request.isPending ? <Loader2 className="animate-spin" aria-hidden /> : null}
        {t("sendConfirmationLink")}
      </Button>
    </form>
  );
}
