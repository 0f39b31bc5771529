import { expect } from "vitest";

/** What a production process has: NODE_ENV, a real secret (production refuses the built-in one), a trusted host. */
export const productionEnv = { NODE_ENV: "production", AUTH_SECRET: "v8Qm2xT5rW9zL3nB7kD1fH4jP6sY0cGa", AUTH_TRUST_HOST: "true" };

/** A policy as directive → sources. */
export function cspOf(policy: string): Map<string, string[]> {
  return new Map(
    policy.split(";").map((directive) => {
      const [name = "", ...sources] = directive.trim().split(/\s+/);
      return [name, sources];
    }),
  );
}

export function nonceOf(policy: string): string {
  const match = /'nonce-([^']+)'/.exec(cspOf(policy).get("script-src")?.join(" ") ?? "");
  expect(match, `no nonce in ${policy}`).not.toBeNull();
  return match![1]!;
}

/**
 * A request header the proxy handed on to the page render (NextResponse.next({ request: { headers } })
 * travels as x-middleware-request-<name>, listed in x-middleware-override-headers); null when not set.
 */
export function forwardedRequestHeader(response: Response, name: string): string | null {
  const overridden = response.headers.get("x-middleware-override-headers")?.split(",") ?? [];
  return overridden.includes(name) ? response.headers.get(`x-middleware-request-${name}`) : null;
}
