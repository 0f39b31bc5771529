"use client";

import { useMutation } from "@tanstack/react-query";
import { Button, Input } from "@tillbox/ui";
import { Field, fieldDescribedBy } from "@tillbox/ui/field";
import { Loader2 } from "lucide-react";
import { useState, type FormEvent } from "react";
import { useTRPC } from "~/lib/trpc";
import { CheckInbox } from "./check-inbox";
import { FormAlert } from "./form-alert";
import { fieldErrorMessage, formErrorMessage, isFieldError } from "./form-errors";
import { PasswordInput } from "./password-input";
import { ResendVerification } from "./resend-verification";
import { DEFAULT_LOCALE, toAppLocale, useMessages } from "@tillbox/plugin-sdk/ui";

export function SignUpForm() {
  // Mails and pages follow the page's language (the switcher's cookie, else the browser's) from the start.
  const { t, rich, locale } = useMessages("app.auth");
  const trpc = useTRPC();
  const [name, setName] = useState("");
  const [email, setEmail] = useState("");
  const [password, setPassword] = useState("");
  const signUp = useMutation(trpc.auth.signUp.mutationOptions({ meta: { toast: false } }));

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    signUp.mutate({ email, password, name: name.trim() || undefined, locale: toAppLocale(locale) ?? DEFAULT_LOCALE });
  }

  if (signUp.isSuccess) {
    return (
      <CheckInbox action={<ResendVerification email={email} />}>
        {rich("confirmationSent", { email, strong: (chunks) => <strong className="text-foreground">{chunks}</strong> })}
      </CheckInbox>
    );
  }

  const error = signUp.error;
  const errors = {
    name: fieldErrorMessage(error, "name"),
    email: fieldErrorMessage(error, "email"),
    password: fieldErrorMessage(error, "password"),
  };
  return (
    <form onSubmit={onSubmit} className="grid gap-4">
      {error && !isFieldError(error, ["name", "email", "password"]) ? <FormAlert>{formErrorMessage(error)}</FormAlert> : null}
      <Field id="name" label={t("name")} hint={t("optionalShownOnYourInvoices")} error={errors.name}>
        <Input
          id="name"
          name="name"
          autoComplete="name"
          maxLength={200}
          value={name}
          onChange={(event) => setName(event.target.value)}
          {...fieldDescribedBy("name", { hint: true, error: errors.name })}
        />
      </Field>
      <Field id="email" label={t("email")} error={errors.email}>
        <Input
          id="email"
          name="email"
          type="email"
          autoComplete="email"
          required
          value={email}
          onChange={(event) => setEmail(event.target.value)}
          {...fieldDescribedBy("email", { error: errors.email })}
        />
      </Field>
      <Field id="password" label={t("password")} hint={t("passwordHint")} error={errors.password}>
        <PasswordInput
          id="password"
          name="password"
          autoComplete="new-password"
          required
          minLength={12}
          maxLength={128}
          value={password}
          onChange={(event) => setPassword(event.target.value)}
          {...fieldDescribedBy("password", { hint: true, error: errors.password })}
        />
      </Field>
      <Button type="submit" disabled={signUp.isPending}>
        {signUp.isPending ? <Loader2 className="animate-spin" aria-hidden /> : null}
        {t("createAccount")}
      </Button>
    </form>
  );
}
