import { afterEach, describe, expect, it, vi } from "vitest";
import { NextRequest, type NextFetchEvent } from "next/server";
import { createNextConfig } from "@tillbox/next-config";
import { cspOf, forwardedRequestHeader, nonceOf, productionEnv } from "./csp-helpers";

async function headersFor(NODE_ENV: string) {
  const config = createNextConfig({ NODE_ENV });
  const rules = await config.headers!();
  expect(rules).toHaveLength(1);
  expect(rules[0]!.source).toBe("/:path*");
  return new Map(rules[0]!.headers.map(({ key, value }) => [key, value]));
}

afterEach(() => vi.unstubAllEnvs());

describe("security headers of both apps (tooling/next)", () => {
  it("sends a strict CSP without inline scripts, HSTS and the hardening headers in production", async () => {
    const headers = await headersFor("production");
    const csp = headers.get("Content-Security-Policy")!;
    for (const directive of [
      "default-src 'self'",
      "style-src 'self' 'unsafe-inline'",
      "img-src 'self' data: blob:",
      "frame-ancestors 'none'",
      "base-uri 'self'",
      "form-action 'self'",
      "object-src 'none'",
    ]) {
      expect(csp).toContain(directive);
    }
    // Routes the proxy doesn't see (API, static files) run no page scripts at all.
    expect(cspOf(csp).get("script-src")).toEqual(["'self'"]);
    expect(csp).not.toContain("unsafe-eval");
    expect(csp).toMatch(/connect-src 'self'(;|$)/);
    expect(headers.get("Strict-Transport-Security")).toMatch(/^max-age=\d{8,}; includeSubDomains$/);
    expect(headers.get("X-Content-Type-Options")).toBe("nosniff");
    expect(headers.get("Referrer-Policy")).toBe("strict-origin-when-cross-origin");
    expect(headers.get("Permissions-Policy")).toContain("camera=()");
    expect(headers.get("X-Frame-Options")).toBe("DENY");
  });

  it("allows eval and websockets for HMR in development, without HSTS", async () => {
    const headers = await headersFor("development");
    const csp = headers.get("Content-Security-Policy")!;
    expect(csp).toContain("script-src 'self' 'unsafe-inline' 'unsafe-eval'");
    expect(csp).toContain("connect-src 'self' ws: wss:");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(headers.has("Strict-Transport-Security")).toBe(false);
  });

  it("applies to both apps (they share createNextConfig) and hides X-Powered-By", async () => {
    const [web, admin] = await Promise.all([import("../next.config"), import("../../admin/next.config")]);
    for (const config of [web.default, admin.default]) {
      expect(config.poweredByHeader).toBe(false);
      expect(typeof config.headers).toBe("function");
    }
  });
});

describe("the portal's proxy: a nonce-based CSP on every page", () => {
  const page = async (path: string) => {
    const { proxy } = await import("../src/proxy");
    return proxy(new NextRequest(`http://localhost:3000${path}`), {} as NextFetchEvent);
  };

  it("gives each production page response a fresh nonce, the same one Next.js renders with, and no inline scripts", async () => {
    for (const [key, value] of Object.entries(productionEnv)) vi.stubEnv(key, value);
    const [first, second] = [await page("/pricing"), await page("/pricing")];
    const nonces = [first, second].map((response) => {
      const csp = response.headers.get("content-security-policy")!;
      const scripts = cspOf(csp).get("script-src")!;
      expect(scripts).not.toContain("'unsafe-inline'");
      expect(scripts).not.toContain("'unsafe-eval'");
      expect(scripts).toEqual(["'self'", `'nonce-${nonceOf(csp)}'`, "'strict-dynamic'"]);
      expect(csp).toContain("frame-ancestors 'none'");
      expect(cspOf(csp).get("form-action")).toEqual(["'self'"]);
      // Next.js takes the nonce for its own scripts from the request's policy; pages can read x-nonce.
      expect(forwardedRequestHeader(response, "content-security-policy")).toBe(csp);
      expect(forwardedRequestHeader(response, "x-nonce")).toBe(nonceOf(csp));
      return nonceOf(csp);
    });
    expect(nonces[0]).toMatch(/^[A-Za-z0-9+/]{22}==$/);
    expect(nonces[0]).not.toBe(nonces[1]);
    // The account area still sends signed-out visitors to sign-in.
    expect((await page("/account")).headers.get("location")).toBe("http://localhost:3000/auth/sign-in?callbackUrl=%2Faccount");
  });

  it("keeps next dev's inline scripts, eval and no nonce in development", async () => {
    vi.stubEnv("NODE_ENV", "development");
    const response = await page("/");
    const csp = response.headers.get("content-security-policy")!;
    expect(cspOf(csp).get("script-src")).toEqual(["'self'", "'unsafe-inline'", "'unsafe-eval'"]);
    expect(forwardedRequestHeader(response, "x-nonce")).toBeNull();
  });
});
