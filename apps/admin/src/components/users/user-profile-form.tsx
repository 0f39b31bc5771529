"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { Alert, AlertDescription, Button, Card, CardContent, CardDescription, CardHeader, CardTitle, Input } from "@tillbox/ui";
import { Field, fieldDescribedBy } from "@tillbox/ui/field";
import { useState, type FormEvent } from "react";
import { fieldErrorsOf, formErrorOf } from "~/lib/field-errors";
import { useTRPC } from "~/lib/trpc";
import { useMessages } from "@tillbox/plugin-sdk/ui";

interface EditableUser {
  id: string;
  name: string | null;
  company: string | null;
  locale: string;
  country: string | null;
  vatId: string | null;
  updatedAt: Date;
}

// label and hint are keys of app.users.profileField.<name>.
const fields = [
  { name: "name", hint: false },
  { name: "company", hint: false },
  { name: "locale", hint: true },
  { name: "country", hint: true },
  { name: "vatId", hint: true },
] as const;

/** Email and password are not here: they change through the user's own, re-verified flows. */
export function UserProfileForm({ user, editable }: { user: EditableUser; editable: boolean }) {
  const { t } = useMessages("app.users");
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [saved, setSaved] = useState(false);
  const update = useMutation(
    trpc.users.update.mutationOptions({
      // Errors show at their fields and in the form.
      meta: { toast: { error: false } },
      onMutate: () => setSaved(false),
      onSuccess: async () => {
        setSaved(true);
        await queryClient.invalidateQueries({ queryKey: trpc.users.pathKey() });
      },
    }),
  );
  const errors = fieldErrorsOf(update.error);
  const formError = formErrorOf(update.error);

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const text = (name: string) => String(form.get(name) ?? "").trim();
    update.mutate({
      userId: user.id,
      patch: {
        name: text("name") || null,
        company: text("company") || null,
        locale: text("locale"),
        country: text("country") || null,
        vatId: text("vatId") || null,
      },
    });
  }

  return (
    <Card>
      <CardHeader>
        <CardTitle>{t("profile")}</CardTitle>
        <CardDescription>{editable ? t("changesAreAudited") : t("youCanViewNotEdit")}</CardDescription>
      </CardHeader>
      <CardContent>
        {/* Re-keyed on save so inputs show the server's normalised values (country "de" → "DE"). */}
        <form key={new Date(user.updatedAt).getTime()} onSubmit={onSubmit} className="grid gap-4 sm:grid-cols-2">
          {fields.map((field) => {
            const error = errors[`patch.${field.name}`] ?? errors[field.name];
            const id = `profile-${field.name}`;
            return (
              <Field
                key={field.name}
                id={id}
                label={t(`profileField.${field.name}.label`)}
                hint={field.hint ? t(`profileField.${field.name}.hint`) : undefined}
                error={error}
              >
                <Input
                  id={id}
                  name={field.name}
                  defaultValue={user[field.name] ?? ""}
                  disabled={!editable}
                  {...fieldDescribedBy(id, { hint: field.hint ? t(`profileField.${field.name}.hint`) : undefined, error })}
                />
              </Field>
            );
          })}
          {editable ? (
            <div className="flex items-center gap-3 sm:col-span-2">
              <Button type="submit" disabled={update.isPending}>
                {update.isPending ? t("saving") : t("saveProfile")}
              </Button>
              {saved ? (
                <span className="text-sm text-success" role="status">
                  {t("saved")}
                </span>
              ) : null}
            </div>
          ) : null}
          {formError ? (
            <Alert variant="destructive" className="sm:col-span-2">
              <AlertDescription>{formError}</AlertDescription>
            </Alert>
          ) : null}
        </form>
      </CardContent>
    </Card>
  );
}
