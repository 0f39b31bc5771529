import { describe, expect, it } from "vitest";
import { fieldErrorsOf, formErrorOf } from "./field-errors";

describe("fieldErrorsOf", () => {
  it("reads zod field errors from the tRPC error data", () => {
    const error = { message: "[…]", data: { fieldErrors: { "patch.country": "Use an ISO 3166-1 alpha-2 code such as DE" } } };
    expect(fieldErrorsOf(error)).toEqual({ "patch.country": "Use an ISO 3166-1 alpha-2 code such as DE" });
    expect(formErrorOf(error)).toBe("Check the highlighted fields.");
  });

  it("maps a domain error naming its field", () => {
    const error = { message: 'A role with key "ops" exists (field: key).', data: {} };
    expect(fieldErrorsOf(error)).toEqual({ key: 'A role with key "ops" exists.' });
  });

  it("spells out an error about a field the form has no input for", () => {
    const error = { message: "[…]", data: { fieldErrors: { "prices.EUR": "Too big", "owner.planId": "Invalid UUID" } } };
    expect(formErrorOf(error, ["prices.EUR", "prices.USD"])).toBe("owner.planId: Invalid UUID");
    expect(formErrorOf({ message: "[…]", data: { fieldErrors: { "prices.EUR": "Too big" } } }, ["prices.EUR"])).toBe("Check the highlighted fields.");
  });

  it("leaves other errors to the form", () => {
    const error = { message: "Owners can't be impersonated.", data: {} };
    expect(fieldErrorsOf(error)).toEqual({});
    expect(formErrorOf(error)).toBe("Owners can't be impersonated.");
    expect(formErrorOf(null)).toBeNull();
  });
});
