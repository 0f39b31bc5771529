import type { Interval } from "./intervals";

type JsonValue = string | number | boolean | null | JsonValue[] | { [key: string]: JsonValue };

export interface PlanValues {
  id?: string;
  slug: string;
  name: string;
  description: string;
  categoryId: string | null;
  interval: Interval;
  intervalCount: number;
  trialDays: number;
  tokenGrant: number;
  tokenRollover: boolean;
  features: Record<string, unknown>;
  position: number;
}

export const numberFields = [
  // Label and hint: app.catalogue.planField.<name>.
  { name: "intervalCount", min: 1, max: 52 },
  { name: "trialDays", min: 0, max: 730 },
  { name: "tokenGrant", min: 0, max: 1_000_000_000_000 },
  { name: "position", min: 0, max: 10_000 },
] as const;

/** Every field the plan form has an input for, as the server names them in errors. */
export const planFieldNames = ["slug", "name", "description", "categoryId", "interval", "tokenRollover", "features", ...numberFields.map((field) => field.name)];

type FormValues = Omit<PlanValues, "id" | "features"> & { features: Record<string, JsonValue> };

/** The plan form's values; features must be a JSON object (else the error for that field). */
export function readPlanForm(form: FormData): { values: FormValues; featuresError: null } | { values: null; featuresError: string } {
  const text = (name: string) => String(form.get(name) ?? "").trim();
  let features: Record<string, JsonValue>;
  try {
    features = JSON.parse(text("features") || "{}") as Record<string, JsonValue>;
    if (typeof features !== "object" || features === null || Array.isArray(features)) throw new Error("not an object");
  } catch {
    return { values: null, featuresError: 'Enter a JSON object, e.g. { "seats": 5 }.' };
  }
  const values = {
    slug: text("slug"), name: text("name"), description: text("description"), categoryId: text("categoryId") || null,
    interval: text("interval") as Interval, tokenRollover: form.get("tokenRollover") === "on", features,
    ...Object.fromEntries(numberFields.map((field) => [field.name, Number(text(field.name) || 0)])),
  } as FormValues;
  return { values, featuresError: null };
}
