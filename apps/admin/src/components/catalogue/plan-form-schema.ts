import { toMinorUnits } from "@tillbox/core/money";
import { planCreateSchema, planUpdateSchema } from "@tillbox/core/schemas";
import { z } from "zod";
import { numberFields, type PlanValues } from "./plan-form-values";
import type { EnabledCurrency } from "./price-fields";

/** What the plan form holds: typed text, the rollover box, one amount per enabled currency. */
export interface PlanFormValues {
  slug: string;
  name: string;
  description: string;
  categoryId: string;
  interval: string;
  intervalCount: string;
  trialDays: string;
  tokenGrant: string;
  position: string;
  tokenRollover: boolean;
  features: string;
  prices: Record<string, string>;
}

/** The messages of the rules only the form knows (the API takes a parsed object and minor units). */
export interface PlanFormMessages {
  featuresNotAnObject: string;
  needsAPrice: string;
}

/** The form's starting text for a plan (or a new one in `categoryId`). */
export function planFormValuesOf(plan: PlanValues | undefined, categoryId: string): PlanFormValues {
  const number = (name: (typeof numberFields)[number]["name"]) => String(plan?.[name] ?? (name === "intervalCount" ? 1 : 0));
  return {
    slug: plan?.slug ?? "",
    name: plan?.name ?? "",
    description: plan?.description ?? "",
    categoryId: plan ? (plan.categoryId ?? "") : categoryId,
    interval: plan?.interval ?? "month",
    intervalCount: number("intervalCount"),
    trialDays: number("trialDays"),
    tokenGrant: number("tokenGrant"),
    position: number("position"),
    tokenRollover: plan?.tokenRollover ?? false,
    features: JSON.stringify(plan?.features ?? {}, null, 2),
    prices: {},
  };
}

/** Whole numbers as numbers; anything else stays text for the API's schema to name. */
const numberOf = (text: string) => (/^-?\d+$/.test(text.trim()) ? Number(text.trim()) : text.trim() === "" ? 0 : text);

/**
 * The plan form's resolver: its text shaped into the API's input (features parsed, amounts in minor
 * units), then the API's own create or update schema, so its rules read the same here as from the server.
 * A new plan needs a price: a plan is only offered in currencies it has one in.
 */
export function planFormSchema(options: { id?: string; enabled: readonly EnabledCurrency[]; messages: PlanFormMessages }) {
  const { id, enabled, messages } = options;
  const shaped = z
    .custom<PlanFormValues>((values) => typeof values === "object" && values !== null)
    .transform((values, ctx): unknown => {
      let features: unknown;
      try {
        features = JSON.parse(values.features.trim() || "{}");
      } catch {
        features = null;
      }
      if (typeof features !== "object" || features === null || Array.isArray(features))
        ctx.addIssue({ code: "custom", path: ["features"], message: messages.featuresNotAnObject });
      const prices: { currency: string; unitAmount: number }[] = [];
      for (const { code } of id ? [] : enabled) {
        const text = (values.prices[code] ?? "").trim();
        if (!text) continue;
        try {
          prices.push({ currency: code, unitAmount: toMinorUnits(text, code) });
        } catch (error) {
          ctx.addIssue({ code: "custom", path: ["prices", code], message: (error as Error).message.replace(/\s*\(field: [^)]*\)/, "") });
        }
      }
      const typedAny = enabled.some(({ code }) => (values.prices[code] ?? "").trim() !== "");
      if (!id && !typedAny) ctx.addIssue({ code: "custom", path: ["prices"], message: messages.needsAPrice });
      return {
        ...(id ? { id } : { prices }),
        slug: values.slug.trim(),
        name: values.name.trim(),
        description: values.description.trim(),
        categoryId: values.categoryId || null,
        interval: values.interval,
        tokenRollover: values.tokenRollover,
        features,
        ...Object.fromEntries(numberFields.map((field) => [field.name, numberOf(values[field.name])])),
      };
    });
  return id ? shaped.pipe(planUpdateSchema) : shaped.pipe(planCreateSchema);
}
