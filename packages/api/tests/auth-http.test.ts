import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { setDb } from "@tillbox/db";
import { createTestDb, type TestDb } from "@tillbox/db/testing";
import { PEER_ADDRESS_HEADER } from "@tillbox/rate-limit";
import { redisTestAvailable, type TestStore } from "@tillbox/rate-limit/testing";
import { handleTRPCRequest } from "../src";
import { callerFor, createUser, resetTestServices, strongPassword, useTestServices } from "./accounts-helpers";

let t: TestDb;
const redisAvailable = await redisTestAvailable();

beforeAll(async () => {
  t = await createTestDb();
  setDb(t.db);
}, 60_000);
afterEach(resetTestServices);
afterAll(async () => {
  setDb(undefined);
  await t?.close();
});

/** One mutation through the apps' /api/trpc handler, as the browser sends it. */
function post(path: string, input: unknown, ip: string) {
  return handleTRPCRequest(
    new Request(`http://localhost/api/trpc/${path}`, {
      method: "POST",
      headers: { "content-type": "application/json", [PEER_ADDRESS_HEADER]: ip },
      body: JSON.stringify({ json: input }),
    }),
  );
}

async function expectTooMany(response: Response) {
  expect(response.status).toBe(429);
  const retryAfter = Number(response.headers.get("retry-after"));
  expect(retryAfter).toBeGreaterThan(0);
  const body = await response.json();
  expect(body.error.json.data).toMatchObject({ code: "TOO_MANY_REQUESTS", domainCode: "RATE_LIMITED", retryAfterSeconds: retryAfter });
  return retryAfter;
}

describe.each(["memory", "redis"] as TestStore[])("auth rate limits on the %s store", (store) => {
  const run = it.skipIf(store === "redis" && !redisAvailable);

  run("the 11th sign-up from one IP within 10 minutes answers 429 with Retry-After", async () => {
    const limiter = await useTestServices(t.db, store);
    try {
      for (let index = 0; index < 10; index += 1) {
        const response = await post("auth.signUp", { email: `spree-${store}-${index}@example.com`, password: strongPassword }, "203.0.113.10");
        expect(response.status, `attempt ${index + 1}`).toBe(200);
      }
      const retryAfter = await expectTooMany(await post("auth.signUp", { email: `spree-${store}-x@example.com`, password: strongPassword }, "203.0.113.10"));
      expect(retryAfter).toBeLessThanOrEqual(600);
      // Refused before any work: no account was created for the 11th address.
      expect(await t.db.user.count({ where: { email: `spree-${store}-x@example.com` } })).toBe(0);
      // Another client is unaffected.
      expect((await post("auth.signUp", { email: `other-${store}@example.com`, password: strongPassword }, "203.0.113.11")).status).toBe(200);
    } finally {
      await limiter.close();
    }
  });

  run("password resets are limited per IP (10) and per address (5), whatever the address", async () => {
    const limiter = await useTestServices(t.db, store);
    try {
      for (let index = 0; index < 10; index += 1) {
        expect((await post("auth.requestPasswordReset", { email: `reset-${index}@example.com` }, "203.0.113.20")).status).toBe(200);
      }
      await expectTooMany(await post("auth.requestPasswordReset", { email: "reset-x@example.com" }, "203.0.113.20"));

      // A distributed attempt on one address: the 6th, from a 6th IP, is refused.
      for (let index = 0; index < 5; index += 1) {
        expect((await post("auth.requestPasswordReset", { email: "victim@example.com" }, `198.51.100.${50 + index}`)).status).toBe(200);
      }
      await expectTooMany(await post("auth.requestPasswordReset", { email: "Victim@Example.com" }, "198.51.100.60"));
    } finally {
      await limiter.close();
    }
  });
});

describe("auth and account over HTTP", () => {
  it("answers invalid input with 400 naming the field, without a stack trace", async () => {
    await useTestServices(t.db);
    const response = await post("auth.signUp", { email: "fields@example.com", password: "" }, "203.0.113.50");
    expect(response.status).toBe(400);
    const body = await response.json();
    expect(body.error.json.data).toMatchObject({ code: "BAD_REQUEST", fieldErrors: { password: expect.any(String) } });
    expect(JSON.stringify(body)).not.toMatch(/\bat .*\.ts:\d+/);

    const weak = await (await post("auth.signUp", { email: "fields@example.com", password: "password" }, "203.0.113.50")).json();
    expect(weak.error.json.data).toMatchObject({ httpStatus: 400, domainCode: "WEAK_PASSWORD" });
    expect(weak.error.json.message).toMatch(/^password /);
  });

  it("answers account procedures without a session with 401", async () => {
    await useTestServices(t.db);
    const response = await handleTRPCRequest(new Request("http://localhost/api/trpc/account.me", { headers: { [PEER_ADDRESS_HEADER]: "203.0.113.51" } }));
    expect(response.status).toBe(401);
    expect((await response.json()).error.json.data).toMatchObject({ code: "UNAUTHORIZED" });
  });
});

describe("rate limits through createCaller", () => {
  it("11 reset-password attempts from one IP → TOO_MANY_REQUESTS with retryAfterSeconds", async () => {
    await useTestServices(t.db);
    const caller = callerFor(t.db, undefined, "203.0.113.30");
    for (let index = 0; index < 10; index += 1) {
      await expect(caller.auth.resetPassword({ token: `bogus-${index}`, password: strongPassword })).rejects.toMatchObject({ code: "BAD_REQUEST" });
    }
    await expect(caller.auth.resetPassword({ token: "bogus-x", password: strongPassword })).rejects.toMatchObject({
      code: "TOO_MANY_REQUESTS",
      cause: expect.objectContaining({ code: "RATE_LIMITED", retryAfterSeconds: expect.any(Number) }),
    });
  });

  it("password checks on the account share the sign-in budget of the address", async () => {
    await useTestServices(t.db);
    const user = await createUser(t.db, "guessed@example.com");
    const caller = callerFor(t.db, { kind: "user", id: user.id, permissions: new Set() }, "203.0.113.40");
    for (let index = 0; index < 10; index += 1) {
      await expect(caller.account.changePassword({ currentPassword: `guess-${index}`, newPassword: "irrelevant tillbox phrase" })).rejects.toMatchObject({
        cause: expect.objectContaining({ code: "INVALID_PASSWORD" }),
      });
    }
    // Even the right password is refused now: the guesser gets no confirmation.
    await expect(caller.account.deleteAccount({ password: strongPassword, confirm: "DELETE" })).rejects.toMatchObject({ code: "TOO_MANY_REQUESTS" });
    expect((await t.db.user.findUniqueOrThrow({ where: { id: user.id } })).status).toBe("active");
  });
});
