import { describe, expect, it } from "vitest";
import { safeCallbackPath, signInFailureMessage } from "./sign-in-result";

describe("signInFailureMessage", () => {
  it("is null on success", () => {
    expect(signInFailureMessage({ error: undefined, code: undefined, status: 200 })).toBeNull();
  });

  it("tells a rate-limited user to wait, with seconds when known", () => {
    expect(signInFailureMessage({ error: "CredentialsSignin", code: "rate_limited" })).toMatch(/Too many sign-in attempts/);
    expect(signInFailureMessage({ error: "CredentialsSignin", code: "rate_limited", status: 429 })).toMatch(/Wait a minute/);
    expect(signInFailureMessage({ error: "CredentialsSignin", code: "rate_limited:42" })).toBe("Too many sign-in attempts. Try again in 42 seconds.");
  });

  it("gives one generic message for every credentials failure (no account enumeration)", () => {
    const invalid = signInFailureMessage({ error: "CredentialsSignin", code: "invalid" });
    expect(signInFailureMessage({ error: "CredentialsSignin", code: "unverified" })).toBe(invalid);
    expect(invalid).toBe("Email or password is incorrect.");
  });
});

describe("safeCallbackPath", () => {
  it("keeps same-origin paths and refuses everything else", () => {
    expect(safeCallbackPath("/users?status=suspended")).toBe("/users?status=suspended");
    expect(safeCallbackPath("https://evil.example")).toBe("/");
    expect(safeCallbackPath("//evil.example")).toBe("/");
    expect(safeCallbackPath("/\\evil.example")).toBe("/");
    expect(safeCallbackPath("/sign-in")).toBe("/");
    expect(safeCallbackPath(undefined)).toBe("/");
  });
});
