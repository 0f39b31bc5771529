"use client";

import { useMutation } from "@tanstack/react-query";
import { Button } from "@tillbox/ui";
import { Field, fieldDescribedBy } from "@tillbox/ui/field";
import { CircleCheck, Loader2 } from "lucide-react";
import Link from "next/link";
import { useState, type FormEvent } from "react";
import { useTRPC } from "~/lib/trpc";
import { FormAlert } from "./form-alert";
import { fieldErrorMessage, formErrorMessage } from "./form-errors";
import { PasswordInput } from "./password-input";
import { useMessages } from "@tillbox/plugin-sdk/ui";

export function ResetPasswordForm({ token }: { token: string }) {
  const { t } = useMessages("app.auth");
  const trpc = useTRPC();
  const [password, setPassword] = useState("");
  const reset = useMutation(trpc.auth.resetPassword.mutationOptions({ meta: { toast: false } }));

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    reset.mutate({ token, password });
  }

  if (reset.isSuccess) {
    return (
      <div role="status" className="grid gap-4">
        <div className="flex items-start gap-3">
          <CircleCheck className="mt-0.5 size-5 shrink-0 text-primary" aria-hidden />
          <p className="text-sm">{t("yourPasswordWasChangedAnd")}</p>
        </div>
        <Button asChild>
          <Link href="/auth/sign-in">{t("signIn")}</Link>
        </Button>
      </div>
    );
  }

  // The server names the field "newPassword" (policy) or "password" (input validation).
  const passwordError = fieldErrorMessage(reset.error, "newPassword") ?? fieldErrorMessage(reset.error, "password");
  return (
    <form onSubmit={onSubmit} className="grid gap-4">
      {reset.isError && !passwordError ? (
        <FormAlert>
          {formErrorMessage(reset.error)}{" "}
          <Link href="/auth/forgot-password" className="font-medium underline underline-offset-4">
            {t("askForANewLink")}
          </Link>
        </FormAlert>
      ) : null}
      <Field id="password" label={t("newPassword")} hint={t("atLeast12Characters")} error={passwordError}>
        <PasswordInput
          id="password"
          name="password"
          autoComplete="new-password"
          required
          minLength={12}
          maxLength={128}
          value={password}
          onChange={(event) => setPassword(event.target.value)}
          {...fieldDescribedBy("password", { hint: true, error: passwordError })}
        />
      </Field>
      <Button type="submit" disabled={reset.isPending}>
        {reset.isPending ? <Loader2 className="animate-spin" aria-hidden /> : null}
        {t("setNewPassword")}
      </Button>
    </form>
  );
}
