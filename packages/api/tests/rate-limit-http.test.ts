import { fetchRequestHandler } from "@trpc/server/adapters/fetch";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { setDb } from "@tillbox/db";
import { createTestDb, type TestDb } from "@tillbox/db/testing";
import { PEER_ADDRESS_HEADER, RateLimitedError, setRateLimiter } from "@tillbox/rate-limit";
import { redisTestAvailable, testRateLimiter, type TestStore } from "@tillbox/rate-limit/testing";
import { publicProcedure, retryAfterHeaders, router } from "@tillbox/trpc";
import { createContext, handleTRPCRequest } from "../src";

let test: TestDb;
const redisAvailable = await redisTestAvailable();

beforeAll(async () => {
  test = await createTestDb();
  setDb(test.db);
});
afterEach(() => setRateLimiter(undefined));
afterAll(async () => {
  setDb(undefined);
  await test.close();
});

const health = (headers: Record<string, string>) => handleTRPCRequest(new Request("http://localhost/api/trpc/health", { headers }));

describe.each(["memory", "redis"] as TestStore[])("the general API limit on the %s store", (store) => {
  it.skipIf(store === "redis" && !redisAvailable)("answers 429 with Retry-After once an IP exceeds its requests per minute", async () => {
    const limiter = await testRateLimiter(store, { policies: { api: { points: 3, durationSeconds: 60 } } });
    setRateLimiter(limiter);
    try {
      for (let index = 0; index < 3; index += 1) expect((await health({ [PEER_ADDRESS_HEADER]: "203.0.113.5" })).status).toBe(200);

      const refused = await health({ [PEER_ADDRESS_HEADER]: "203.0.113.5" });
      expect(refused.status).toBe(429);
      const retryAfter = Number(refused.headers.get("retry-after"));
      expect(retryAfter).toBeGreaterThan(0);
      expect(retryAfter).toBeLessThanOrEqual(60);
      expect(await refused.json()).toEqual({
        error: { code: "RATE_LIMITED", message: `Too many requests. Try again in ${retryAfter} seconds.`, retryAfterSeconds: retryAfter },
      });

      // Other clients are unaffected.
      expect((await health({ [PEER_ADDRESS_HEADER]: "198.51.100.9" })).status).toBe(200);
    } finally {
      await limiter.close();
    }
  });
});

describe("RateLimitedError thrown by a procedure", () => {
  // A stand-in for sign-in: the mapping lives in packages/trpc, used by handleTRPCRequest's responseMeta.
  const limitedRouter = router({ signIn: publicProcedure.mutation(() => Promise.reject(new RateLimitedError(42))) });

  it("becomes HTTP 429 with Retry-After, domainCode RATE_LIMITED and retryAfterSeconds", async () => {
    const response = await fetchRequestHandler({
      endpoint: "/api/trpc",
      req: new Request("http://localhost/api/trpc/signIn", { method: "POST", headers: { "content-type": "application/json" }, body: "{}" }),
      router: limitedRouter,
      createContext: () => createContext({ headers: new Headers(), db: test.db }),
      responseMeta: ({ errors }) => ({ headers: retryAfterHeaders(errors) }),
    });
    expect(response.status).toBe(429);
    expect(response.headers.get("retry-after")).toBe("42");
    const body = await response.json();
    expect(body.error.json.data).toMatchObject({ code: "TOO_MANY_REQUESTS", httpStatus: 429, domainCode: "RATE_LIMITED", retryAfterSeconds: 42 });
    expect(body.error.json.message).toBe("Too many attempts. Try again in 42 seconds.");
    expect(JSON.stringify(body)).not.toMatch(/\bat .*\.ts:\d+/);
  });

  it("adds no Retry-After to other errors", () => {
    expect(retryAfterHeaders([{ cause: new Error("boom") }])).toBeUndefined();
  });
});
