"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { Button, Card, CardContent, CardDescription, CardHeader, CardTitle, QueryStates } from "@tillbox/ui";
import { FormError } from "@tillbox/ui/field";
import { applyServerErrors, fieldError, formLevelError, useZodForm } from "@tillbox/plugin-sdk/forms";
import { mutationErrorMessage } from "@tillbox/plugin-sdk/react";
import { useMessages } from "@tillbox/plugin-sdk/ui";
import { useCan } from "~/components/auth/access";
import { errorMessage, useTRPC } from "~/lib/trpc";
import { billingSettingPaths, billingSettingSections, billingSettingsFormSchema, formValuesOf } from "./billing-settings-fields";
import { SettingInput } from "./setting-input";

/**
 * Every billing setting on one form, saved as one patch. The API's patch schema checks it before it
 * is sent; the server checks the whole again (e.g. a VAT id against the seller's country) and its
 * errors land on the same fields. Readers see the values; saving needs billing-settings:manage.
 */
export function BillingSettingsForm() {
  const trpc = useTRPC();
  const settings = useQuery(trpc.billing.settings.get.queryOptions());
  return (
    <QueryStates query={settings} formatError={errorMessage} skeletonClassName="h-96 w-full">
      {/* Re-keyed on save so every field shows the server's normalised value ("de" → "DE"). */}
      {(values) => <BillingSettingsFields key={JSON.stringify(values)} stored={values} />}
    </QueryStates>
  );
}

function BillingSettingsFields({ stored }: { stored: object }) {
  const trpc = useTRPC();
  const { t } = useMessages("app");
  const { t: ui } = useMessages("ui");
  const queryClient = useQueryClient();
  const editable = useCan()("billing.settings.update");
  const form = useZodForm(billingSettingsFormSchema, { defaultValues: formValuesOf(stored) });
  const update = useMutation(
    trpc.billing.settings.update.mutationOptions({
      // Field errors show beside their fields; the toast says it was saved.
      meta: { toast: { success: t("settingsSaved"), error: false } },
      onSuccess: (saved) => queryClient.setQueryData(trpc.billing.settings.get.queryKey(), saved),
      onError: (error) => applyServerErrors(form, error, billingSettingPaths, (cause) => mutationErrorMessage(cause, ui)),
    }),
  );
  const onSubmit = form.handleSubmit((patch) => update.mutate(patch));

  return (
    <form onSubmit={onSubmit} noValidate className="grid gap-6" aria-label={t("billingSettings")}>
      {billingSettingSections.map((section) => (
        <Card key={section.id}>
          <CardHeader>
            <CardTitle>{t(`settingsSection.${section.id}.title`)}</CardTitle>
            <CardDescription>{t(`settingsSection.${section.id}.description`)}</CardDescription>
          </CardHeader>
          <CardContent className="grid gap-4 sm:grid-cols-2">
            {section.fields.map((field) => (
              <SettingInput key={field.path} field={field} registration={form.register(field.path)} error={fieldError(form, field.path)} disabled={!editable} />
            ))}
          </CardContent>
        </Card>
      ))}
      <FormError message={formLevelError(form)} />
      {editable ? (
        <div>
          <Button type="submit" disabled={update.isPending}>
            {update.isPending ? t("saving") : t("saveSettings")}
          </Button>
        </div>
      ) : null}
    </form>
  );
}
