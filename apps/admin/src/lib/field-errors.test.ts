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

  it("leaves other errors to the form", () => {
    const error = { message: "Owners can't be impersonated.", data: {} };
    expect(fieldErrorsOf(error)).toEqual({});
    expect(formErrorOf(error)).toBe("Owners can't be impersonated.");
    expect(formErrorOf(null)).toBeNull();
  });
});
