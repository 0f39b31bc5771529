import { profileUpdateSchema } from "@tillbox/core/schemas";
import { z } from "zod";
import type { AccountProfile } from "./types";

export const addressKeys = ["line1", "line2", "postalCode", "city", "region", "country"] as const;

/** What the profile form holds: typed text, the address nested as in the API's patch. */
export interface ProfileFormValues {
  name: string;
  company: string;
  vatId: string;
  country: string;
  locale: "en" | "de";
  billingAddress: Record<(typeof addressKeys)[number], string>;
}

/** Every path the form has an input for, as the server names them in errors. */
export const profileFieldPaths = ["name", "company", "vatId", "country", "locale", ...addressKeys.map((key) => `billingAddress.${key}` as const)] as const;

export function profileFormValuesOf(profile: Pick<AccountProfile, "name" | "company" | "vatId" | "country" | "locale" | "billingAddress">): ProfileFormValues {
  const address = profile.billingAddress;
  return {
    name: profile.name ?? "",
    company: profile.company ?? "",
    vatId: profile.vatId ?? "",
    country: profile.country ?? "",
    locale: profile.locale === "de" ? "de" : "en",
    billingAddress: Object.fromEntries(addressKeys.map((key) => [key, address?.[key] ?? ""])) as ProfileFormValues["billingAddress"],
  };
}

/** Blank optional text clears the field; an address with no line filled in is no address at all. */
export function profilePatchOf(values: ProfileFormValues): z.input<typeof profileUpdateSchema> {
  const blank = (value: string) => value.trim() || null;
  const address = values.billingAddress;
  const hasAddress = addressKeys.some((key) => address[key].trim() !== "");
  return {
    name: blank(values.name),
    company: blank(values.company),
    vatId: blank(values.vatId),
    country: blank(values.country),
    locale: values.locale,
    billingAddress: hasAddress
      ? {
          line1: address.line1,
          line2: address.line2 || undefined,
          postalCode: address.postalCode,
          city: address.city,
          region: address.region || undefined,
          country: address.country,
        }
      : null,
  };
}

/** The form's resolver: its text shaped into a patch, then the API's own profile patch schema. */
export const profileFormSchema = z
  .custom<ProfileFormValues>((values) => typeof values === "object" && values !== null)
  .transform(profilePatchOf)
  .pipe(profileUpdateSchema);
