import { billingSettingsPatchSchema } from "@tillbox/core/schemas";
import { z } from "zod";

/**
 * The billing settings form, as data: each field names its key in the API's patch (a dotted path
 * for the seller's address), how its text becomes a value, and its message keys (`settings.<name>`
 * label, `settings.<name>Hint` hint). The form only shapes what was typed; the API's own patch
 * schema validates it, in the browser and again on the server, with the same messages.
 */
export type SettingKind =
  | { type: "text"; blankIsNull?: boolean; upperCase?: boolean }
  | { type: "textarea" }
  | { type: "integer" }
  | { type: "integerList" }
  | { type: "select"; options: readonly string[] };

export interface SettingField {
  /** The patch path: "legalName", "address.city". */
  path: string;
  kind: SettingKind;
  hint?: boolean;
}

export interface SettingSection {
  id: "seller" | "address" | "documents" | "collection" | "changes";
  fields: SettingField[];
}

const text = { type: "text" } as const;
const nullable = { type: "text", blankIsNull: true } as const;
const upper = { type: "text", upperCase: true } as const;

export const billingSettingSections: SettingSection[] = [
  {
    id: "seller",
    fields: [
      { path: "legalName", kind: text },
      { path: "email", kind: nullable, hint: true },
      { path: "vatId", kind: nullable, hint: true },
      { path: "country", kind: upper, hint: true },
    ],
  },
  {
    id: "address",
    fields: ["line1", "line2", "postalCode", "city", "region"]
      .map((line) => ({ path: `address.${line}`, kind: text }))
      .concat([{ path: "address.country", kind: upper }]),
  },
  {
    id: "documents",
    fields: [
      { path: "defaultCurrency", kind: upper, hint: true },
      { path: "invoiceNumberFormat", kind: text, hint: true },
      { path: "creditNoteNumberFormat", kind: text, hint: true },
      { path: "invoiceDueDays", kind: { type: "integer" }, hint: true },
      { path: "invoiceFooter", kind: { type: "textarea" }, hint: true },
    ],
  },
  {
    id: "collection",
    fields: [
      { path: "dunningRetryDays", kind: { type: "integerList" }, hint: true },
      { path: "dunningFinalStatus", kind: { type: "select", options: ["canceled", "unpaid"] }, hint: true },
      { path: "trialReminderDays", kind: { type: "integer" }, hint: true },
    ],
  },
  {
    id: "changes",
    fields: [
      { path: "intervalChange", kind: { type: "select", options: ["immediate", "downgrade_at_period_end"] }, hint: true },
      { path: "receiptCopyTo", kind: nullable, hint: true },
    ],
  },
];

/** What the field shows for a stored value. */
export function displayValue(field: SettingField, value: unknown): string {
  if (Array.isArray(value)) return value.join(", ");
  return value === null || value === undefined ? "" : String(value);
}

/**
 * The typed text as the value the API expects. Text that isn't a number stays text, so the
 * server's validation names the field instead of the form guessing.
 */
export function parseValue(field: SettingField, raw: string): unknown {
  const typed = raw.trim();
  switch (field.kind.type) {
    case "integer":
      return /^-?\d+$/.test(typed) ? Number(typed) : typed;
    case "integerList":
      return typed
        .split(/[\s,;]+/)
        .filter(Boolean)
        .map((day) => (/^-?\d+$/.test(day) ? Number(day) : day));
    case "text":
      if (field.kind.blankIsNull && typed === "") return null;
      return field.kind.upperCase ? typed.toUpperCase() : typed;
    case "textarea":
      return raw;
    case "select":
      return typed;
  }
}

/** What the form holds: the typed text of every field, the address lines nested as in the patch. */
export interface BillingSettingsFormValues {
  [path: string]: string | Record<string, string>;
  address: Record<string, string>;
}

export const billingSettingFields = billingSettingSections.flatMap((section) => section.fields);
export const billingSettingPaths = billingSettingFields.map((field) => field.path);

function valueAt(values: object, path: string): unknown {
  return path.split(".").reduce<unknown>((value, key) => (value as Record<string, unknown> | undefined)?.[key], values);
}

/** The form's starting text for stored settings. */
export function formValuesOf(settings: object): BillingSettingsFormValues {
  const values: BillingSettingsFormValues = { address: {} };
  for (const field of billingSettingFields) {
    const text = displayValue(field, valueAt(settings, field.path));
    if (field.path.startsWith("address.")) values.address[field.path.slice("address.".length)] = text;
    else values[field.path] = text;
  }
  return values;
}

/** The patch for everything in the form: address lines nest under `address`, blank ones dropped. */
export function patchFromValues(values: BillingSettingsFormValues): Record<string, unknown> {
  const patch: Record<string, unknown> = {};
  const address: Record<string, unknown> = {};
  for (const field of billingSettingFields) {
    const value = parseValue(field, String(valueAt(values, field.path) ?? ""));
    if (field.path.startsWith("address.")) {
      if (value !== "") address[field.path.slice("address.".length)] = value;
    } else patch[field.path] = value;
  }
  patch.address = address;
  return patch;
}

/** The form's resolver: its text shaped into a patch, then the API's patch schema (issue paths are the patch's). */
export const billingSettingsFormSchema = z
  .custom<BillingSettingsFormValues>((values) => typeof values === "object" && values !== null)
  .transform(patchFromValues)
  .pipe(billingSettingsPatchSchema);
