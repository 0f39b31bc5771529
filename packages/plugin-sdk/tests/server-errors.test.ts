import { describe, expect, it } from "vitest";
import { serverFieldErrors, splitServerErrors } from "../src/forms/server-errors";

const fallback = (error: unknown) => `fallback: ${(error as { message: string }).message}`;

describe("a server error mapped onto a form", () => {
  it("reads the tRPC field map of a zod validation error", () => {
    const error = { message: "[…]", data: { fieldErrors: { "address.country": "must be an ISO 3166-1 alpha-2 country code" } } };
    expect(serverFieldErrors(error)).toEqual({ "address.country": "must be an ISO 3166-1 alpha-2 country code" });
  });

  it("reads the field a domain error names, without the marker", () => {
    const error = { message: '"DE1" is not a VAT id of DE\'s format (field: vatId).', data: {} };
    expect(serverFieldErrors(error)).toEqual({ vatId: '"DE1" is not a VAT id of DE\'s format.' });
    expect(serverFieldErrors({ message: "Plan not found." })).toEqual({});
    expect(serverFieldErrors(null)).toEqual({});
  });

  it("puts errors on the fields the form shows and spells out the rest at form level", () => {
    const error = { message: "[…]", data: { fieldErrors: { vatId: "too long", "prices.USD": "not enabled" } } };
    expect(splitServerErrors(error, ["vatId", "email"], fallback)).toEqual({ fields: { vatId: "too long" }, form: "prices.USD: not enabled" });
    expect(splitServerErrors({ message: "x", data: { fieldErrors: { vatId: "too long" } } }, ["vatId"], fallback)).toEqual({
      fields: { vatId: "too long" },
      form: null,
    });
  });

  it("words an error that names no field with the fallback", () => {
    expect(splitServerErrors({ message: "Plan not found." }, ["name"], fallback)).toEqual({ fields: {}, form: "fallback: Plan not found." });
  });
});
