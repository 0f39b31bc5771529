"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { Button, Input, NativeSelect } from "@tillbox/ui";
import { Field, fieldDescribedBy } from "@tillbox/ui/field";
import { useMessages } from "@tillbox/plugin-sdk/ui";
import { Loader2 } from "lucide-react";
import { useRouter } from "next/navigation";
import { useState, type FormEvent } from "react";
import { useTRPC } from "~/lib/trpc";
import { FormAlert } from "../auth/form-alert";
import { fieldErrorMessage, formErrorMessage } from "../auth/form-errors";
import { CountrySelect } from "./country-select";
import type { AccountProfile } from "./types";

const addressKeys = ["line1", "line2", "postalCode", "city", "region", "country"] as const;
type AddressForm = Record<(typeof addressKeys)[number], string>;

function toForm(profile: Pick<AccountProfile, "name" | "company" | "vatId" | "country" | "locale" | "billingAddress">) {
  const address = profile.billingAddress;
  return {
    name: profile.name ?? "",
    company: profile.company ?? "",
    vatId: profile.vatId ?? "",
    country: profile.country ?? "",
    locale: profile.locale === "de" ? "de" : "en",
    address: Object.fromEntries(addressKeys.map((key) => [key, address?.[key] ?? ""])) as AddressForm,
  };
}

/** Blank optional text clears the field; an address with no line filled in is no address at all. */
function toPatch(form: ReturnType<typeof toForm>) {
  const blank = (value: string) => value.trim() || null;
  const address = form.address;
  const hasAddress = addressKeys.some((key) => address[key].trim() !== "");
  return {
    name: blank(form.name),
    company: blank(form.company),
    vatId: blank(form.vatId),
    country: blank(form.country),
    locale: form.locale === "de" ? ("de" as const) : ("en" as const),
    billingAddress: hasAddress
      ? { line1: address.line1, line2: address.line2 || undefined, postalCode: address.postalCode, city: address.city, region: address.region || undefined, country: address.country }
      : null,
  };
}

export function ProfileForm({ profile }: { profile: AccountProfile }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const router = useRouter();
  const { t, locale } = useMessages("app.profile");
  const [form, setForm] = useState(() => toForm(profile));
  const update = useMutation(
    trpc.account.updateProfile.mutationOptions({
      meta: { toast: false },
      onSuccess: (saved) => {
        // The pages follow the account's language: render them again in the new one.
        if (saved.locale !== locale) router.refresh();
        setForm(toForm(saved));
        void queryClient.invalidateQueries({ queryKey: trpc.account.me.queryKey() });
      },
    }),
  );
  const set = (key: "name" | "company" | "vatId" | "country" | "locale") => (event: { target: { value: string } }) => {
    update.reset();
    setForm((current) => ({ ...current, [key]: event.target.value }));
  };
  const setAddress = (key: keyof AddressForm) => (event: { target: { value: string } }) => {
    update.reset();
    setForm((current) => ({ ...current, address: { ...current.address, [key]: event.target.value } }));
  };
  const error = (field: string) => fieldErrorMessage(update.error, field);

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    update.mutate(toPatch(form));
  }

  const text = (id: string, label: string, field: string, value: string, onChange: (event: { target: { value: string } }) => void, extra: { hint?: string; autoComplete?: string; className?: string } = {}) => (
    <Field id={id} label={label} hint={extra.hint} error={error(field)} className={extra.className}>
      <Input id={id} value={value} onChange={onChange} autoComplete={extra.autoComplete} {...fieldDescribedBy(id, { hint: extra.hint, error: error(field) })} />
    </Field>
  );

  return (
    <form onSubmit={onSubmit} className="grid gap-6">
      {update.isError ? <FormAlert>{formErrorMessage(update.error)}</FormAlert> : null}
      {update.isSuccess ? <FormAlert tone="success">{t("saved")}</FormAlert> : null}
      <div className="grid gap-4 sm:grid-cols-2">
        {text("profile-name", t("name"), "name", form.name, set("name"), { autoComplete: "name" })}
        {text("profile-company", t("company"), "company", form.company, set("company"), { autoComplete: "organization" })}
        {text("profile-vat-id", t("vatId"), "vatId", form.vatId, set("vatId"), { hint: t("vatIdHint") })}
        <Field id="profile-country" label={t("country")} error={error("country")}>
          <CountrySelect id="profile-country" value={form.country} onChange={set("country")} autoComplete="country" {...fieldDescribedBy("profile-country", { error: error("country") })} />
        </Field>
        <Field id="profile-locale" label={t("language")} hint={t("languageHint")} error={error("locale")}>
          <NativeSelect id="profile-locale" value={form.locale} onChange={set("locale")} {...fieldDescribedBy("profile-locale", { hint: true, error: error("locale") })}>
            <option value="en">English</option>
            <option value="de">Deutsch</option>
          </NativeSelect>
        </Field>
      </div>
      <fieldset className="grid gap-4">
        <legend className="mb-1 text-sm font-semibold">{t("billingAddress")}</legend>
        <p className="-mt-2 text-xs text-muted-foreground">{t("billingAddressHint")}</p>
        <div className="grid gap-4 sm:grid-cols-2">
          {text("billing-line1", t("line1"), "billingAddress.line1", form.address.line1, setAddress("line1"), { autoComplete: "address-line1", className: "sm:col-span-2" })}
          {text("billing-line2", t("line2"), "billingAddress.line2", form.address.line2, setAddress("line2"), { autoComplete: "address-line2", className: "sm:col-span-2" })}
          {text("billing-postal-code", t("postalCode"), "billingAddress.postalCode", form.address.postalCode, setAddress("postalCode"), { autoComplete: "postal-code" })}
          {text("billing-city", t("city"), "billingAddress.city", form.address.city, setAddress("city"), { autoComplete: "address-level2" })}
          {text("billing-region", t("region"), "billingAddress.region", form.address.region, setAddress("region"), { autoComplete: "address-level1" })}
          <Field id="billing-country" label={t("billingCountry")} error={error("billingAddress.country")}>
            <CountrySelect id="billing-country" value={form.address.country} onChange={setAddress("country")} autoComplete="billing country" {...fieldDescribedBy("billing-country", { error: error("billingAddress.country") })} />
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
