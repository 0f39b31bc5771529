import { TRPCClientError } from "@trpc/client";
import { describe, expect, it } from "vitest";
import { invalidCredentialsMessage, signInProblem } from "./credentials-result";
import { fieldErrorMessage, formErrorMessage, isFieldError, rateLimitMessage } from "./form-errors";
import { safeCallbackUrl, tokenParam } from "./query-params";

/** The shape packages/trpc's errorFormatter sends, as the browser client receives it. */
function serverError(message: string, data: Record<string, unknown>) {
  return TRPCClientError.from({ error: { code: -32600, message, data: { code: "BAD_REQUEST", httpStatus: 400, ...data } } });
}

describe("safeCallbackUrl", () => {
  it("keeps same-site paths", () => {
    expect(safeCallbackUrl("/account?tab=invoices")).toBe("/account?tab=invoices");
    expect(safeCallbackUrl(["/plans", "/other"])).toBe("/plans");
  });

  it("refuses anything that could leave the site", () => {
    for (const value of ["https://evil.example", "//evil.example", "/\\evil.example", "javascript:alert(1)", "", undefined]) {
      expect(safeCallbackUrl(value)).toBe("/account");
    }
  });
});

describe("tokenParam", () => {
  it("reads the first non-empty token", () => {
    expect(tokenParam(" abc ")).toBe("abc");
    expect(tokenParam(["first", "second"])).toBe("first");
    expect(tokenParam("  ")).toBeNull();
    expect(tokenParam(undefined)).toBeNull();
  });
});

describe("form errors", () => {
  it("turns a rate-limited answer into a wait in seconds", () => {
    const error = TRPCClientError.from({
      error: {
        code: -32029,
        message: "Too many attempts. Try again in 42 seconds.",
        data: { code: "TOO_MANY_REQUESTS", httpStatus: 429, domainCode: "RATE_LIMITED", retryAfterSeconds: 41.2 },
      },
    });
    expect(formErrorMessage(error)).toBe("Too many attempts, try again in 42 seconds.");
    expect(isFieldError(error, ["email", "password"])).toBe(false);
    expect(rateLimitMessage(1)).toBe("Too many attempts, try again in 1 second.");
  });

  it("puts a domain error that names its field under that field, in the label's words", () => {
    const error = serverError("newPassword must be at least 12 characters", { domainCode: "WEAK_PASSWORD" });
    expect(fieldErrorMessage(error, "newPassword")).toBe("New password must be at least 12 characters");
    expect(fieldErrorMessage(error, "password")).toBeNull();
    expect(isFieldError(error, ["currentPassword", "newPassword"])).toBe(true);
  });

  it("reads zod field errors by path and keeps the form alert generic", () => {
    const error = serverError('[{"path":["billingAddress","city"]}]', { fieldErrors: { "billingAddress.city": "too small" } });
    expect(fieldErrorMessage(error, "billingAddress.city")).toBe("Too small");
    expect(formErrorMessage(error)).toBe("Please check the highlighted fields.");
  });

  it("explains dead links and hides server faults", () => {
    expect(formErrorMessage(serverError("token is invalid, expired or already used", { domainCode: "TOKEN_INVALID" }))).toBe(
      "This link is invalid, has expired or was already used.",
    );
    const internal = TRPCClientError.from({
      error: { code: -32603, message: "Internal server error", data: { code: "INTERNAL_SERVER_ERROR", httpStatus: 500 } },
    });
    expect(formErrorMessage(internal)).toBe("Something went wrong. Please try again.");
    expect(formErrorMessage(new Error("fetch failed"))).toBe("Something went wrong. Please try again.");
  });
});

describe("signInProblem", () => {
  it("maps the provider codes and never reveals more than the generic answer", () => {
    expect(signInProblem({ ok: false, code: "rate_limited", retryAfterSeconds: 30 })).toEqual({
      kind: "rate_limited",
      message: "Too many attempts, try again in 30 seconds.",
    });
    expect(signInProblem({ ok: false, code: "unverified" })).toEqual({ kind: "unverified" });
    expect(signInProblem({ ok: false, code: "invalid" })).toEqual({ kind: "invalid" });
    expect(signInProblem({ ok: false, code: "something-new" })).toEqual({ kind: "failed" });
    expect(invalidCredentialsMessage).not.toMatch(/not found|no account|unknown/i);
  });
});
