import { describe, expect, it } from "vitest";
import { createNextConfig } from "@tillbox/next-config";

async function headersFor(NODE_ENV: string) {
  const config = createNextConfig({ NODE_ENV });
  const rules = await config.headers!();
  expect(rules).toHaveLength(1);
  expect(rules[0]!.source).toBe("/:path*");
  return new Map(rules[0]!.headers.map(({ key, value }) => [key, value]));
}

describe("security headers of both apps (tooling/next)", () => {
  it("sends a strict CSP, HSTS and the hardening headers in production", async () => {
    const headers = await headersFor("production");
    const csp = headers.get("Content-Security-Policy")!;
    for (const directive of ["default-src 'self'", "style-src 'self' 'unsafe-inline'", "img-src 'self' data: blob:", "frame-ancestors 'none'", "base-uri 'self'", "form-action 'self'", "object-src 'none'"]) {
      expect(csp).toContain(directive);
    }
    expect(csp).toMatch(/script-src 'self' 'unsafe-inline'(;|$)/);
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
