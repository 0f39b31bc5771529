import { TRPCClientError } from "@trpc/client";
import { describe, expect, it } from "vitest";
import { mutationErrorMessage, mutationToast } from "../src/react/mutation-toasts";

/** A tRPC error as the client builds it from the server's answer (packages/trpc errorFormatter shape). */
function serverError(message: string, data: Record<string, unknown>) {
  return TRPCClientError.from({ error: { message, code: -32600, data } });
}

const refused = serverError("Only paid invoices can be refunded.", { httpStatus: 409, domainCode: "INVOICE_NOT_PAID" });

describe("mutationToast", () => {
  it("toasts every success with a generic text unless the call site names one", () => {
    expect(mutationToast({ ok: true }, undefined)).toEqual({ kind: "success", message: "Done." });
    expect(mutationToast({ ok: true }, { toast: { success: "Refunded €12.00." } })).toEqual({ kind: "success", message: "Refunded €12.00." });
  });

  it("toasts a failure with the server's own message", () => {
    expect(mutationToast({ ok: false, error: refused }, undefined)).toEqual({ kind: "error", message: "Only paid invoices can be refunded." });
    // A success text changes nothing about failures.
    expect(mutationToast({ ok: false, error: refused }, { toast: { success: "Refunded." } })).toEqual({
      kind: "error",
      message: "Only paid invoices can be refunded.",
    });
  });

  it("stays quiet where the call site shows the outcome itself", () => {
    expect(mutationToast({ ok: true }, { toast: false })).toBeNull();
    expect(mutationToast({ ok: false, error: refused }, { toast: false })).toBeNull();
    expect(mutationToast({ ok: true }, { toast: { success: false } })).toBeNull();
    expect(mutationToast({ ok: false, error: refused }, { toast: { success: false } })).toEqual({
      kind: "error",
      message: "Only paid invoices can be refunded.",
    });
    expect(mutationToast({ ok: false, error: refused }, { toast: { error: false } })).toBeNull();
    expect(mutationToast({ ok: true }, { toast: { error: false } })).toEqual({ kind: "success", message: "Done." });
  });
});

describe("mutationErrorMessage", () => {
  it("names each invalid field instead of zod's dump of issues", () => {
    const invalid = serverError('[{"code":"too_small","path":["amount"]}]', {
      httpStatus: 400,
      fieldErrors: { amount: "Too small: expected number to be >0", reason: "Too long" },
    });
    expect(mutationErrorMessage(invalid)).toBe("amount: Too small: expected number to be >0 · reason: Too long");
  });

  it("says when to try again after a rate limit", () => {
    expect(mutationErrorMessage(serverError("Too many requests", { httpStatus: 429, retryAfterSeconds: 41.2 }))).toBe("Too many attempts, try again in 42 s.");
  });

  it("hides what a server failure or a lost connection can't explain to a user", () => {
    expect(mutationErrorMessage(serverError("Internal server error", { httpStatus: 500 }))).toBe("Something went wrong. Please try again.");
    expect(mutationErrorMessage(TRPCClientError.from(new TypeError("Failed to fetch")))).toBe(
      "Could not reach the server. Check your connection and try again.",
    );
    expect(mutationErrorMessage(new Error("boom"))).toBe("Something went wrong. Please try again.");
  });

  it("speaks the page's language for its own sentences", () => {
    const german = (key: string, values?: Record<string, string | number>) => `de:${key}:${values?.seconds ?? ""}`;
    expect(mutationErrorMessage(serverError("Internal server error", { httpStatus: 500 }), german)).toBe("de:mutationFailed:");
    expect(mutationToast({ ok: true }, undefined, german)).toEqual({ kind: "success", message: "de:mutationSucceeded:" });
  });
});
