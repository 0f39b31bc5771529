import { afterEach, describe, expect, it, vi } from "vitest";
import { NextRequest, type NextFetchEvent } from "next/server";
import { cspOf, forwardedRequestHeader, nonceOf, productionEnv } from "../../web/tests/csp-helpers";

afterEach(() => vi.unstubAllEnvs());

const page = async (path: string) => {
  const { proxy } = await import("../src/proxy");
  return proxy(new NextRequest(`http://localhost:3001${path}`), {} as NextFetchEvent);
};

describe("the back-office's proxy: a nonce-based CSP on every page", () => {
  it("gives each production page response a fresh nonce and no inline scripts, and lets forms post to the portal", async () => {
    for (const [key, value] of Object.entries({ ...productionEnv, WEB_URL: "https://shop.example.com/" })) vi.stubEnv(key, value);
    const responses = [await page("/sign-in"), await page("/sign-in")];
    const nonces = responses.map((response) => {
      const csp = response.headers.get("content-security-policy")!;
      const policy = cspOf(csp);
      expect(policy.get("script-src")).toEqual(["'self'", `'nonce-${nonceOf(csp)}'`, "'strict-dynamic'"]);
      expect(policy.get("script-src")).not.toContain("'unsafe-inline'");
      // The impersonate button posts the hand-over to the portal; no other origin.
      expect(policy.get("form-action")).toEqual(["'self'", "https://shop.example.com"]);
      expect(policy.get("frame-ancestors")).toEqual(["'none'"]);
      expect(forwardedRequestHeader(response, "content-security-policy")).toBe(csp);
      expect(forwardedRequestHeader(response, "x-nonce")).toBe(nonceOf(csp));
      return nonceOf(csp);
    });
    expect(new Set(nonces).size).toBe(2);
    // Signed-out visitors of any other page still go to sign-in.
    expect((await page("/users")).headers.get("location")).toBe("http://localhost:3001/sign-in?callbackUrl=%2Fusers");
  });

  it("keeps next dev's inline scripts and eval in development", async () => {
    vi.stubEnv("NODE_ENV", "development");
    const csp = (await page("/sign-in")).headers.get("content-security-policy")!;
    expect(cspOf(csp).get("script-src")).toEqual(["'self'", "'unsafe-inline'", "'unsafe-eval'"]);
  });
});
