"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { Alert, AlertDescription, Button, Card, CardContent, CardDescription, CardHeader, CardTitle, QueryStates } from "@tillbox/ui";
import type { FormEvent } from "react";
import { useCan } from "~/components/auth/access";
import { fieldErrorsOf, formErrorOf } from "~/lib/field-errors";
import { useMessages } from "@tillbox/plugin-sdk/ui";
import { errorMessage, useTRPC } from "~/lib/trpc";
import { billingSettingSections, patchFromForm } from "./billing-settings-fields";
import { SettingInput } from "./setting-input";

const allPaths = billingSettingSections.flatMap((section) => section.fields.map((field) => field.path));

function storedValue(settings: object, path: string): unknown {
  return path.split(".").reduce<unknown>((value, key) => (value as Record<string, unknown> | undefined)?.[key], settings);
}

/**
 * Every billing setting on one form, saved as one patch (the server validates the whole, e.g. a VAT
 * id against the seller's country). Readers see the values; saving needs billing-settings:manage.
 */
export function BillingSettingsForm() {
  const trpc = useTRPC();
  const { t } = useMessages("app");
  const queryClient = useQueryClient();
  const editable = useCan()("billing.settings.update");
  const settings = useQuery(trpc.billing.settings.get.queryOptions());
  const update = useMutation(
    trpc.billing.settings.update.mutationOptions({
      // Field errors show beside their fields; the toast says it was saved.
      meta: { toast: { success: t("settingsSaved"), error: false } },
      onSuccess: (saved) => queryClient.setQueryData(trpc.billing.settings.get.queryKey(), saved),
    }),
  );
  const errors = fieldErrorsOf(update.error);
  const formError = formErrorOf(update.error, allPaths);

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    update.mutate(patchFromForm(new FormData(event.currentTarget)) as never);
  }

  return (
    <QueryStates query={settings} formatError={errorMessage} skeletonClassName="h-96 w-full">
      {(values) => (
        // Re-keyed on save so every field shows the server's normalised value ("de" → "DE").
        <form key={JSON.stringify(values)} onSubmit={onSubmit} className="grid gap-6" aria-label={t("billingSettings")}>
          {billingSettingSections.map((section) => (
            <Card key={section.id}>
              <CardHeader>
                <CardTitle>{t(`settingsSection.${section.id}.title`)}</CardTitle>
                <CardDescription>{t(`settingsSection.${section.id}.description`)}</CardDescription>
              </CardHeader>
              <CardContent className="grid gap-4 sm:grid-cols-2">
                {section.fields.map((field) => (
                  <SettingInput key={field.path} field={field} value={storedValue(values, field.path)} error={errors[field.path]} disabled={!editable} />
                ))}
              </CardContent>
            </Card>
          ))}
          {formError ? (
            <Alert variant="destructive">
              <AlertDescription>{formError}</AlertDescription>
            </Alert>
          ) : null}
          {editable ? (
            <div>
              <Button type="submit" disabled={update.isPending}>
                {update.isPending ? t("saving") : t("saveSettings")}
              </Button>
            </div>
          ) : null}
        </form>
      )}
    </QueryStates>
  );
}
