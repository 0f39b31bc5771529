"use client";

import { useMutation } from "@tanstack/react-query";
import { Button } from "@tillbox/ui";
import { Field, fieldDescribedBy } from "@tillbox/ui/field";
import { Loader2 } from "lucide-react";
import { useState, type FormEvent } from "react";
import { useTRPC } from "~/lib/trpc";
import { FormAlert } from "../auth/form-alert";
import { fieldErrorMessage, formErrorMessage, isFieldError } from "../auth/form-errors";
import { PasswordInput } from "../auth/password-input";
import { useKeepThisDeviceSignedIn } from "./keep-signed-in";
import { useMessages } from "@tillbox/plugin-sdk/ui";

export function ChangePasswordForm({ email }: { email: string }) {
  const { t } = useMessages("app.account");
  const trpc = useTRPC();
  const keepSignedIn = useKeepThisDeviceSignedIn();
  const [currentPassword, setCurrentPassword] = useState("");
  const [newPassword, setNewPassword] = useState("");
  const change = useMutation(
    trpc.account.changePassword.mutationOptions({
      meta: { toast: false },
      // The change ended every session, this one too; re-issue it so only the other devices are out.
      onSuccess: async (result) => {
        await keepSignedIn({ email, password: newPassword, sessionVersion: result.sessionVersion });
        setCurrentPassword("");
        setNewPassword("");
      },
    }),
  );
  const errors = { current: fieldErrorMessage(change.error, "currentPassword"), next: fieldErrorMessage(change.error, "newPassword") };

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    change.mutate({ currentPassword, newPassword });
  }

  return (
    <form onSubmit={onSubmit} className="grid max-w-md gap-4">
      {change.isError && !isFieldError(change.error, ["currentPassword", "newPassword"]) ? <FormAlert>{formErrorMessage(change.error)}</FormAlert> : null}
      {change.isSuccess ? <FormAlert tone="success">{t("yourPasswordWasChangedEvery")}</FormAlert> : null}
      <Field id="password-current" label={t("currentPassword")} error={errors.current}>
        <PasswordInput
          id="password-current"
          autoComplete="current-password"
          required
          value={currentPassword}
          onChange={(event) => setCurrentPassword(event.target.value)}
          {...fieldDescribedBy("password-current", { error: errors.current })}
        />
      </Field>
      <Field id="password-new" label={t("newPassword")} hint={t("atLeast12Characters")} error={errors.next}>
        <PasswordInput
          id="password-new"
          autoComplete="new-password"
          required
          minLength={12}
          maxLength={128}
          value={newPassword}
          onChange={(event) => setNewPassword(event.target.value)}
          {...fieldDescribedBy("password-new", { hint: true, error: errors.next })}
        />
      </Field>
      <Button type="submit" className="justify-self-start" disabled={change.isPending}>
        {change.isPending ? <Loader2 className="animate-spin" aria-hidden /> : null}
        {t("changePassword")}
      </Button>
    </form>
  );
}
