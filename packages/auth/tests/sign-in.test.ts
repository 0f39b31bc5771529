import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { hashPassword } from "@tillbox/core";
import { setDb } from "@tillbox/db";
import { createTestDb, type TestDb } from "@tillbox/db/testing";
import { createRateLimiter, PEER_ADDRESS_HEADER, setRateLimiter } from "@tillbox/rate-limit";
import { authorizeMagicLink, authorizePassword, githubEnabled } from "../src/providers";
import { signInErrorCode, signInErrorStatus, TillboxSignInError } from "../src/sign-in-errors";

const password = "correct horse battery staple";
const options = { resolveTenantId: async () => "default" };
let t: TestDb;

const request = (ip: string) =>
  new Request("http://localhost:3000/api/auth/callback/credentials", { headers: { [PEER_ADDRESS_HEADER]: ip, "user-agent": "test" } });

async function failure(promise: Promise<unknown>): Promise<TillboxSignInError> {
  const error = await promise.then(
    () => null,
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(TillboxSignInError);
  return error as TillboxSignInError;
}

beforeAll(async () => {
  t = await createTestDb();
  setDb(t.db);
  const passwordHash = await hashPassword(password);
  await t.db.user.create({ data: { tenantId: "default", email: "ada@example.com", passwordHash, emailVerifiedAt: new Date() } });
  await t.db.user.create({ data: { tenantId: "default", email: "new@example.com", passwordHash } });
});
afterAll(async () => {
  setDb(undefined);
  await t.close();
});
beforeEach(() => setRateLimiter(createRateLimiter({ policies: { signInPerIp: { points: 3, durationSeconds: 60 } } })));
afterEach(() => setRateLimiter(undefined));

describe("password sign-in (Credentials authorize)", () => {
  it("returns the session user for a correct password and one opaque code for every bad one", async () => {
    const user = await authorizePassword(options, { email: " Ada@Example.com ", password }, request("203.0.113.1"));
    expect(user).toMatchObject({ email: "ada@example.com", tenantId: "default", sessionVersion: 0 });
    expect((await failure(authorizePassword(options, { email: "ada@example.com", password: "wrong password!" }, request("203.0.113.2")))).code).toBe("invalid");
    expect((await failure(authorizePassword(options, { email: "nobody@example.com", password }, request("203.0.113.3")))).code).toBe("invalid");
    expect((await failure(authorizePassword(options, { email: "not an email", password }, request("203.0.113.4")))).code).toBe("invalid");
    // Only a correct password learns that the address still needs verifying.
    expect((await failure(authorizePassword(options, { email: "new@example.com", password }, request("203.0.113.5")))).code).toBe("unverified");
  });

  it("is rate limited per IP before any password is checked, surfacing as rate_limited / 429", async () => {
    const ip = "198.51.100.7";
    for (let attempt = 0; attempt < 3; attempt += 1) {
      expect((await failure(authorizePassword(options, { email: "ada@example.com", password: "nope nope nope" }, request(ip)))).code).toBe("invalid");
    }
    const limited = await failure(authorizePassword(options, { email: "ada@example.com", password }, request(ip)));
    expect(limited.code).toBe("rate_limited");
    expect(limited.retryAfterSeconds).toBeGreaterThan(0);
    expect(signInErrorStatus(signInErrorCode(limited))).toBe(429);
    expect(signInErrorCode("rate_limited")).toBe("rate_limited");
    expect(signInErrorCode({ code: "something-internal" })).toBe("invalid");
  });

  it("counts a client that rotates X-Forwarded-For as one IP (no trusted proxy by default)", async () => {
    const from = (forwarded: string) =>
      new Request("http://localhost:3000/api/auth/callback/credentials", { headers: { [PEER_ADDRESS_HEADER]: "198.51.100.8", "x-forwarded-for": forwarded } });
    for (let attempt = 0; attempt < 3; attempt += 1) {
      expect(
        (await failure(authorizePassword(options, { email: `nobody${attempt}@example.com`, password: "nope nope nope" }, from(`10.1.1.${attempt}`)))).code,
      ).toBe("invalid");
    }
    expect((await failure(authorizePassword(options, { email: "ada@example.com", password }, from("10.1.1.250")))).code).toBe("rate_limited");
  });

  it("refuses a bad magic-link token with invalid_link", async () => {
    expect((await failure(authorizeMagicLink(options, { token: "x".repeat(43) }, request("203.0.113.9")))).code).toBe("invalid_link");
  });

  it("offers GitHub only when both variables are set", () => {
    expect(githubEnabled({})).toBe(false);
    expect(githubEnabled({ AUTH_GITHUB_ID: "id" })).toBe(false);
    expect(githubEnabled({ AUTH_GITHUB_ID: "id", AUTH_GITHUB_SECRET: "secret" })).toBe(true);
  });
});

describe("authConfig", () => {
  // Auth.js merges a provider's `options` (our id) over its defaults when it parses providers.
  const ids = (providers: unknown[]) =>
    providers.map((entry) => {
      const provider = (typeof entry === "function" ? entry() : entry) as { id: string; options?: { id?: string } };
      return provider.options?.id ?? provider.id;
    });
  const base = { resolveTenantId: async () => "default", allScopes: () => [] };
  const secret = "k3Jx9vQ2mWn8pL5tR7yZ1aB4cD6eF0gH";

  it("gives each app its own cookies, short JWT sessions and every listed secret", async () => {
    const { authConfig } = await import("../src/auth-config");
    const web = authConfig({ ...base, app: "web", env: { NODE_ENV: "development", AUTH_SECRET: `${secret},old-secret` } });
    const admin = authConfig({ ...base, app: "admin", env: { NODE_ENV: "development" } });
    expect(web.cookies?.sessionToken?.name).toBe("tillbox.web.session");
    expect(admin.cookies?.sessionToken?.name).toBe("tillbox.admin.session");
    expect(web.session).toEqual({ strategy: "jwt", maxAge: 900, updateAge: 300 });
    expect(web.secret).toEqual([secret, "old-secret"]);
    expect(ids(web.providers)).toEqual(["credentials", "magic-link"]);

    const production = authConfig({
      ...base,
      app: "admin",
      env: { NODE_ENV: "production", AUTH_SECRET: secret, ADMIN_URL: "https://admin.example.com", AUTH_GITHUB_ID: "id", AUTH_GITHUB_SECRET: "s" },
    });
    expect(production.cookies?.sessionToken?.name).toBe("__Secure-tillbox.admin.session");
    expect(production.cookies?.sessionToken?.options?.secure).toBe(true);
    expect(production.trustHost).toBe(false);
    expect(ids(production.providers)).toEqual(["credentials", "magic-link", "github"]);
    expect(() => authConfig({ ...base, app: "web", env: { NODE_ENV: "production" } })).toThrow(/AUTH_SECRET/);
  });
});
