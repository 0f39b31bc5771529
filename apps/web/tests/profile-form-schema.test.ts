import { describe, expect, it } from "vitest";
import { profileUpdateSchema } from "@tillbox/core/schemas";
import { profileFormSchema, profileFormValuesOf } from "../src/components/account/profile-form-schema";

const blank = profileFormValuesOf({ name: null, company: null, vatId: null, country: null, locale: "en", billingAddress: null });

function issuesOf(result: { error?: { issues: { path: PropertyKey[]; message: string }[] } }) {
  return Object.fromEntries((result.error?.issues ?? []).map((issue) => [issue.path.join("."), issue.message]));
}

describe("the profile form's schema", () => {
  it("clears blank fields and sends no address when no line is filled in", () => {
    expect(profileFormSchema.parse({ ...blank, name: " Ada " })).toEqual({
      name: "Ada",
      company: null,
      vatId: null,
      country: null,
      locale: "en",
      billingAddress: null,
    });
  });

  it("words a rule as the server does, at the server's field path", () => {
    const typed = { ...blank, vatId: "123", billingAddress: { ...blank.billingAddress, line1: "Main St 1", country: "DE" } };
    const server = issuesOf(profileUpdateSchema.safeParse({ vatId: "123", billingAddress: { line1: "Main St 1", postalCode: "", city: "", country: "DE" } }));
    const client = issuesOf(profileFormSchema.safeParse(typed));
    expect(client.vatId).toBe("must be an EU VAT id starting with its country prefix, e.g. DE123456789");
    expect(client).toEqual(server);
    expect(Object.keys(client).sort()).toEqual(["billingAddress.city", "billingAddress.postalCode", "vatId"]);
  });
});
