import { afterEach, describe, expect, it, vi } from "vitest";
import { RateLimitedError, type RateLimiter } from "../src";
import { limiterOn, redisAvailable, stores, type StoreName } from "./stores";

const open: RateLimiter[] = [];
afterEach(async () => {
  await Promise.all(open.splice(0).map((limiter) => limiter.close()));
});

async function limiter(store: StoreName, options?: Parameters<typeof limiterOn>[1]): Promise<RateLimiter> {
  const created = await limiterOn(store, options);
  open.push(created);
  return created;
}

async function attempts(count: number, run: () => Promise<{ allowed: boolean }>): Promise<boolean[]> {
  const results: boolean[] = [];
  for (let index = 0; index < count; index += 1) results.push((await run()).allowed);
  return results;
}

describe.each(stores)("rate limits on the %s store", (store) => {
  it.skipIf(store === "redis" && !redisAvailable)("uses the store it was given", async () => {
    expect((await limiter(store)).store).toBe(store);
  });

  it.skipIf(store === "redis" && !redisAvailable)("refuses the 11th sign-in attempt from one IP within a minute, with a retry time", async () => {
    const rateLimiter = await limiter(store);
    // Different accounts each time: the per-IP limit alone must stop a password sprayer.
    const results = await attempts(10, async () => rateLimiter.limit("signIn", { ip: "203.0.113.7", account: `user${Math.random()}@example.com` }));
    expect(results).toEqual(Array(10).fill(true));

    const eleventh = await rateLimiter.limit("signIn", { ip: "203.0.113.7", account: "another@example.com" });
    expect(eleventh.allowed).toBe(false);
    if (!eleventh.allowed) {
      expect(eleventh.retryAfterSeconds).toBeGreaterThan(0);
      expect(eleventh.retryAfterSeconds).toBeLessThanOrEqual(60);
    }
    // Another client is unaffected.
    expect((await rateLimiter.limit("signIn", { ip: "198.51.100.1", account: "another@example.com" })).allowed).toBe(true);
  });

  it.skipIf(store === "redis" && !redisAvailable)("limits one account independently of the IP it is attacked from", async () => {
    const rateLimiter = await limiter(store);
    const results = await attempts(10, async () =>
      rateLimiter.limit("signIn", { ip: `192.0.2.${Math.floor(Math.random() * 250)}-${Math.random()}`, account: "Victim@Example.com" }),
    );
    expect(results).toEqual(Array(10).fill(true));

    // A fresh IP, the same account (spelled differently): refused for up to 15 minutes.
    const refused = await rateLimiter.limit("signIn", { ip: "100.64.0.1", account: " victim@example.com" });
    expect(refused).toMatchObject({ allowed: false });
    if (!refused.allowed) expect(refused.retryAfterSeconds).toBeGreaterThan(60);
    // The fresh IP itself is not blocked for other accounts.
    expect((await rateLimiter.limit("signIn", { ip: "100.64.0.1", account: "someone-else@example.com" })).allowed).toBe(true);
  });

  it.skipIf(store === "redis" && !redisAvailable)("enforce throws RateLimitedError (RATE_LIMITED, 429) once a flow is exhausted", async () => {
    const rateLimiter = await limiter(store, { policies: { magicLinkPerEmail: { points: 2, durationSeconds: 60 } } });
    await rateLimiter.enforce("magicLink", { ip: "203.0.113.9", account: "a@example.com" });
    await rateLimiter.enforce("magicLink", { ip: "203.0.113.9", account: "a@example.com" });
    const error = await rateLimiter.enforce("magicLink", { ip: "203.0.113.9", account: "a@example.com" }).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(RateLimitedError);
    expect(error).toMatchObject({ code: "RATE_LIMITED", status: "TOO_MANY_REQUESTS" });
    expect((error as RateLimitedError).retryAfterSeconds).toBeGreaterThan(0);
  });

  it.skipIf(store === "redis" && !redisAvailable)("reset and reward give attempts back (after a successful sign-in)", async () => {
    const rateLimiter = await limiter(store, { policies: { passwordResetPerEmail: { points: 1, durationSeconds: 60 } } });
    expect((await rateLimiter.consume("passwordResetPerEmail", "b@example.com")).allowed).toBe(true);
    expect((await rateLimiter.consume("passwordResetPerEmail", "b@example.com")).allowed).toBe(false);
    await rateLimiter.reset("passwordResetPerEmail", "B@example.com");
    expect((await rateLimiter.consume("passwordResetPerEmail", "b@example.com")).allowed).toBe(true);
    await rateLimiter.reward("passwordResetPerEmail", "b@example.com");
    expect((await rateLimiter.consume("passwordResetPerEmail", "b@example.com")).allowed).toBe(true);
  });

  it.skipIf(store === "redis" && !redisAvailable)("treats 0 points as off, and counts sign-up per IP only", async () => {
    const rateLimiter = await limiter(store, { policies: { api: { points: 0, durationSeconds: 60 }, signUpPerIp: { points: 2, durationSeconds: 60 } } });
    expect(await attempts(50, () => rateLimiter.consume("api", "203.0.113.1"))).not.toContain(false);
    expect(await attempts(3, () => rateLimiter.limit("signUp", { ip: "203.0.113.1", account: `${Math.random()}@example.com` }))).toEqual([true, true, false]);
  });
});

describe.skipIf(!redisAvailable)("the Redis store", () => {
  it("shares counters between processes (two limiters on one Redis namespace)", async () => {
    const { createRateLimiter } = await import("../src");
    const { redisUrl } = await import("./stores");
    const keyPrefix = `tillbox-test:shared-${Date.now()}-${Math.random()}`;
    const first = createRateLimiter({ redisUrl, keyPrefix });
    const second = createRateLimiter({ redisUrl, keyPrefix });
    open.push(first, second);
    await Promise.all([first.ready(), second.ready()]);
    await attempts(5, () => first.limit("signIn", { ip: "203.0.113.50" }));
    await attempts(5, () => second.limit("signIn", { ip: "203.0.113.50" }));
    expect((await first.limit("signIn", { ip: "203.0.113.50" })).allowed).toBe(false);
    expect((await second.limit("signIn", { ip: "203.0.113.50" })).allowed).toBe(false);
  });
});

describe("when Redis is unreachable", () => {
  it("keeps limiting from process memory instead of failing open", async () => {
    const errors = vi.spyOn(console, "error").mockImplementation(() => {});
    const { createRateLimiter } = await import("../src");
    // Port 1 refuses connections: every Redis command fails and the insurance limiter answers.
    const rateLimiter = createRateLimiter({ redisUrl: "redis://127.0.0.1:1", keyPrefix: `tillbox-test:down-${Math.random()}` });
    open.push(rateLimiter);
    try {
      expect(rateLimiter.store).toBe("redis");
      const results = await attempts(11, () => rateLimiter.limit("signIn", { ip: "203.0.113.77" }));
      expect(results).toEqual([...Array(10).fill(true), false]);
      // The outage is logged (naming the server), not silent.
      await vi.waitFor(() => expect(errors.mock.calls.some(([line]) => String(line).startsWith("Rate-limit Redis (redis://127.0.0.1:1)"))).toBe(true));
    } finally {
      errors.mockRestore();
    }
  });
});
