import { describe, expect, it } from "vitest";
import { planCreateSchema } from "@tillbox/core/schemas";
import { planFormSchema, planFormValuesOf } from "../src/components/catalogue/plan-form-schema";

const messages = { featuresNotAnObject: "features: not an object", needsAPrice: "needs a price" };
const enabled = [
  { code: "EUR", name: "Euro" },
  { code: "JPY", name: "Yen" },
];
const create = planFormSchema({ enabled, messages });
const typed = { ...planFormValuesOf(undefined, ""), name: " Team ", slug: "team", prices: { EUR: "49.00", JPY: "" } };

function issuesOf(result: { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } }) {
  return Object.fromEntries((result.error?.issues ?? []).map((issue) => [issue.path.join("."), issue.message]));
}

describe("the plan form's schema", () => {
  it("turns the typed text into the API's create input, amounts in minor units", () => {
    const result = create.safeParse({ ...typed, trialDays: "14", features: '{ "seats": 5 }' });
    expect(result.success).toBe(true);
    expect(result.data).toMatchObject({
      name: "Team",
      slug: "team",
      categoryId: null,
      interval: "month",
      intervalCount: 1,
      trialDays: 14,
      features: { seats: 5 },
      prices: [{ currency: "EUR", unitAmount: 4900 }],
    });
  });

  it("asks for a price and a JSON object in its own words", () => {
    expect(issuesOf(create.safeParse({ ...typed, prices: {}, features: "[1]" }))).toEqual({ prices: "needs a price", features: "features: not an object" });
  });

  it("names an amount the currency can't hold at its field", () => {
    expect(Object.keys(issuesOf(create.safeParse({ ...typed, prices: { JPY: "1.5" } })))).toEqual(["prices.JPY"]);
  });

  it("checks the rest with the API's schema, so a rule reads as the server words it", () => {
    const badSlug = { ...typed, slug: "Bad Slug" };
    const server = planCreateSchema.safeParse({ name: "Team", slug: "Bad Slug", interval: "month" });
    expect(issuesOf(create.safeParse(badSlug))).toEqual({ slug: issuesOf(server).slug });
    expect(issuesOf(server).slug).toBe("use 1–63 lower-case letters, digits and dashes");
  });

  it("edits a plan without prices", () => {
    const update = planFormSchema({ id: "0b9f3c1e-6a51-4a5e-9d6e-1f7b3c9a2d10", enabled, messages });
    expect(update.safeParse({ ...typed, prices: {} }).data).toMatchObject({ id: "0b9f3c1e-6a51-4a5e-9d6e-1f7b3c9a2d10", name: "Team" });
  });
});
