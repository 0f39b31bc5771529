"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { Button, Input, NativeSelect } from "@tillbox/ui";
import { Field, fieldDescribedBy } from "@tillbox/ui/field";
import { useMessages } from "@tillbox/plugin-sdk/ui";
import { Loader2 } from "lucide-react";
import { useRouter } from "next/navigation";
import { useTRPC } from "~/lib/trpc";
import { FormAlert } from "../auth/form-alert";
import { applyServerErrors, fieldError, formLevelError, useZodForm } from "@tillbox/plugin-sdk/forms";
import { formErrorMessage } from "../auth/form-errors";
import { CountrySelect } from "./country-select";
import { profileFieldPaths, profileFormSchema, profileFormValuesOf } from "./profile-form-schema";
import type { AccountProfile } from "./types";

/** The caller's profile and billing details; the API's patch schema checks them before they're sent. */
export function ProfileForm({ profile }: { profile: AccountProfile }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const router = useRouter();
  const { t, locale } = useMessages("app.profile");
  const form = useZodForm(profileFormSchema, { defaultValues: profileFormValuesOf(profile) });
  const update = useMutation(
    trpc.account.updateProfile.mutationOptions({
      meta: { toast: false },
      onSuccess: (saved) => {
        // The pages follow the account's language: render them again in the new one.
        if (saved.locale !== locale) router.refresh();
        form.reset(profileFormValuesOf(saved));
        void queryClient.invalidateQueries({ queryKey: trpc.account.me.queryKey() });
      },
      onError: (error) => applyServerErrors(form, error, profileFieldPaths, formErrorMessage),
    }),
  );
  const error = (field: (typeof profileFieldPaths)[number]) => fieldError(form, field);
  const onSubmit = form.handleSubmit((patch) => update.mutate(patch));
  const formError = formLevelError(form);

  const text = (
    id: string,
    label: string,
    field: "name" | "company" | "vatId" | `billingAddress.${"line1" | "line2" | "postalCode" | "city" | "region"}`,
    extra: { hint?: string; autoComplete?: string; className?: string } = {},
  ) => (
    <Field id={id} label={label} hint={extra.hint} error={error(field)} className={extra.className}>
      <Input id={id} {...form.register(field)} autoComplete={extra.autoComplete} {...fieldDescribedBy(id, { hint: extra.hint, error: error(field) })} />
    </Field>
  );

  return (
    <form onSubmit={onSubmit} noValidate className="grid gap-6">
      {formError ? <FormAlert>{formError}</FormAlert> : null}
      {update.isSuccess && !form.formState.isDirty ? <FormAlert tone="success">{t("saved")}</FormAlert> : null}
      <div className="grid gap-4 sm:grid-cols-2">
        {text("profile-name", t("name"), "name", { autoComplete: "name" })}
        {text("profile-company", t("company"), "company", { autoComplete: "organization" })}
        {text("profile-vat-id", t("vatId"), "vatId", { hint: t("vatIdHint") })}
        <Field id="profile-country" label={t("country")} error={error("country")}>
          <CountrySelect
            id="profile-country"
            {...form.register("country")}
            autoComplete="country"
            {...fieldDescribedBy("profile-country", { error: error("country") })}
          />
        </Field>
        <Field id="profile-locale" label={t("language")} hint={t("languageHint")} error={error("locale")}>
          <NativeSelect id="profile-locale" {...form.register("locale")} {...fieldDescribedBy("profile-locale", { hint: true, error: error("locale") })}>
            <option value="en">English</option>
            <option value="de">Deutsch</option>
          </NativeSelect>
        </Field>
      </div>
      <fieldset className="grid gap-4">
        <legend className="mb-1 text-sm font-semibold">{t("billingAddress")}</legend>
        <p className="-mt-2 text-xs text-muted-foreground">{t("billingAddressHint")}</p>
        <div className="grid gap-4 sm:grid-cols-2">
          {text("billing-line1", t("line1"), "billingAddress.line1", { autoComplete: "address-line1", className: "sm:col-span-2" })}
          {text("billing-line2", t("line2"), "billingAddress.line2", { autoComplete: "address-line2", className: "sm:col-span-2" })}
          {text("billing-postal-code", t("postalCode"), "billingAddress.postalCode", { autoComplete: "postal-code" })}
          {text("billing-city", t("city"), "billingAddress.city", { autoComplete: "address-level2" })}
          {text("billing-region", t("region"), "billingAddress.region", { autoComplete: "address-level1" })}
          <Field id="billing-country" label={t("billingCountry")} error={error("billingAddress.country")}>
            <CountrySelect
              id="billing-country"
              {...form.register("billingAddress.country")}
              autoComplete="billing country"
              {...fieldDescribedBy("billing-country", { error: error("billingAddress.country") })}
            />
          </Field>
        </div>
      </fieldset>
      <Button type="submit" className="justify-self-start" disabled={update.isPending}>
        {update.isPending ? <Loader2 className="animate-spin" aria-hidden /> : null}
        {t("save")}
      </Button>
    </form>
  );
}
