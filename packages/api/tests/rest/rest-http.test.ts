import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { setDb } from "@tillbox/db";
import { createTestDb, type TestDb } from "@tillbox/db/testing";
import { createRateLimiter, PEER_ADDRESS_HEADER, setRateLimiter } from "@tillbox/rate-limit";
import { handleRestRequest } from "../../src";
import { restRequest, restUser } from "./rest-fixtures";

let t: TestDb;
let alice: Awaited<ReturnType<typeof restUser>>;

beforeAll(async () => {
  setRateLimiter(createRateLimiter({ policies: { api: { points: 0, durationSeconds: 60 } } }));
  t = await createTestDb();
  setDb(t.db);
  alice = await restUser(t.db, "owner", "alice@example.com");
});
afterAll(async () => {
  setRateLimiter(undefined);
  setDb(undefined);
  await t.close();
});

const noStack = (body: unknown) => expect(JSON.stringify(body)).not.toMatch(/\bat .*\.(ts|js):\d+|stack/);

describe("/api/v1 with an API key", () => {
  it("reaches the procedure as the key's owner with exactly the key's scopes", async () => {
    const key = await alice.apiKey(["billing:read", "users:read"]);
    const response = await handleRestRequest(restRequest("/me", { key }));
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("application/json");
    const me = await response.json();
    expect(me).toMatchObject({ id: alice.user.id, email: "alice@example.com", via: "api-key" });
    // Alice is an owner (every scope); the key holds two.
    expect(me.scopes).toEqual(["billing:read", "users:read"]);
  });

  it("refuses a procedure whose scope the key lacks (403), though its owner holds it", async () => {
    const key = await alice.apiKey(["billing:read"]);
    const refused = await handleRestRequest(restRequest("/api-keys", { key }));
    expect(refused.status).toBe(403);
    expect(await refused.json()).toEqual({ error: { code: "FORBIDDEN", message: 'Missing permission "api-keys:manage".' } });
    const allowed = await handleRestRequest(restRequest("/api-keys", { key: await alice.apiKey(["api-keys:manage"]) }));
    expect(allowed.status).toBe(200);
    expect((await allowed.json()).length).toBeGreaterThanOrEqual(2);
  });

  it("answers 401 for a protected route without credentials or with a dead key, and serves public ones", async () => {
    const anonymous = await handleRestRequest(restRequest("/me"));
    expect(anonymous.status).toBe(401);
    expect(anonymous.headers.get("www-authenticate")).toMatch(/^Bearer/);
    expect((await anonymous.json()).error.code).toBe("UNAUTHORIZED");

    const forged = await handleRestRequest(restRequest("/me", { key: "tbx_0000000000_notarealkeyatall" }));
    expect(forged.status).toBe(401);
    const body = await forged.json();
    expect(body.error.code).toBe("UNAUTHORIZED");
    noStack(body);

    const health = await handleRestRequest(restRequest("/health"));
    expect(health.status).toBe(200);
    expect((await health.json()).database.reachable).toBe(true);
  });

  it("accepts the portal's session too (same context as /api/trpc)", async () => {
    const response = await handleRestRequest(restRequest("/me"), { session: alice.session });
    expect(response.status).toBe(200);
    expect((await response.json()).via).toBe("user");
  });
});

describe("/api/v1 input and errors", () => {
  it("answers invalid input with 400 and the field paths, and changes nothing", async () => {
    const key = await alice.apiKey(["billing:read"]);
    const response = await handleRestRequest(
      restRequest("/me", {
        method: "PATCH",
        key,
        body: { name: "Alice", billingAddress: { line1: "Main St 1", city: "Berlin", postalCode: "10115", country: "XX" }, vatId: "nope" },
      }),
    );
    expect(response.status).toBe(400);
    const body = await response.json();
    expect(body.error.code).toBe("BAD_REQUEST");
    expect(Object.keys(body.error.fields).sort()).toEqual(["billingAddress.country", "vatId"]);
    expect(body.error.fields["billingAddress.country"]).toMatch(/ISO 3166-1/);
    noStack(body);
    expect((await t.db.user.findUniqueOrThrow({ where: { id: alice.user.id } })).name).toBeNull();
  });

  it("applies a valid PATCH body through the procedure", async () => {
    const key = await alice.apiKey(["billing:read"]);
    const response = await handleRestRequest(restRequest("/me", { method: "PATCH", key, body: { company: "Alice GmbH", vatId: "de 123 456 789" } }));
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({ company: "Alice GmbH", vatId: "DE123456789" });
    expect((await t.db.user.findUniqueOrThrow({ where: { id: alice.user.id } })).company).toBe("Alice GmbH");
  });

  it("refuses a body that isn't JSON (415) or doesn't parse (400)", async () => {
    const key = await alice.apiKey(["billing:read"]);
    const form = await handleRestRequest(
      restRequest("/me", { method: "PATCH", key, body: "name=x", headers: { "content-type": "application/x-www-form-urlencoded" } }),
    );
    expect(form.status).toBe(415);
    const broken = await handleRestRequest(restRequest("/me", { method: "PATCH", key, body: "{nope" }));
    expect(broken.status).toBe(400);
    expect((await broken.json()).error.message).toMatch(/not valid JSON/);
  });

  it("answers an unknown path with 404 and a known path with the wrong method with 405 + Allow", async () => {
    const missing = await handleRestRequest(restRequest("/nothing-here"));
    expect(missing.status).toBe(404);
    expect((await missing.json()).error.code).toBe("NOT_FOUND");
    const wrongMethod = await handleRestRequest(restRequest("/me", { method: "DELETE" }));
    expect(wrongMethod.status).toBe(405);
    expect(wrongMethod.headers.get("allow")).toBe("GET, PATCH");
  });
});

describe("/api/v1 billing routes", () => {
  it("serves the public catalogue, the caller's wallet and invoices, and validates a cart with field paths", async () => {
    const unknown = await handleRestRequest(restRequest("/plans?currency=EUR"));
    expect(unknown.status).toBe(400); // a domain error keeps its stable code
    expect((await unknown.json()).error.code).toBe("CURRENCY_NOT_ENABLED");
    await t.db.currency.create({ data: { tenantId: "default", code: "EUR", name: "Euro" } });
    expect((await handleRestRequest(restRequest("/plans?currency=EUR"))).status).toBe(200);
    const key = await alice.apiKey(["billing:read"]);
    expect(await (await handleRestRequest(restRequest("/wallet", { key }))).json()).toEqual({ balance: 0 });
    const invoices = await handleRestRequest(restRequest("/invoices?page=1&pageSize=10", { key }));
    expect(invoices.status).toBe(200);
    const preview = await handleRestRequest(
      restRequest("/checkout/preview", { method: "POST", key, body: { currency: "eur", items: [{ kind: "plan", planId: "nope" }] } }),
    );
    expect(preview.status).toBe(400);
    expect(Object.keys((await preview.json()).error.fields)).toEqual(expect.arrayContaining(["currency", "items.0.planId"]));
  });

  it("requires the Idempotency-Key header on checkout", async () => {
    const key = await alice.apiKey(["billing:read"]);
    const response = await handleRestRequest(
      restRequest("/checkout", { method: "POST", key, body: { currency: "EUR", items: [{ kind: "plan", planId: "3f0e7a52-4c1b-4a8e-9a51-0d2f1c9b6a10" }] } }),
    );
    expect(response.status).toBe(400);
    expect((await response.json()).error.fields).toHaveProperty("idempotencyKey");
  });
});

describe("/api/v1 rate limit", () => {
  it("shares the per-IP API budget of /api/trpc and answers 429 with Retry-After", async () => {
    setRateLimiter(createRateLimiter({ policies: { api: { points: 2, durationSeconds: 60 } } }));
    try {
      const from = { [PEER_ADDRESS_HEADER]: "203.0.113.77" };
      expect((await handleRestRequest(restRequest("/health", { headers: from }))).status).toBe(200);
      expect((await handleRestRequest(restRequest("/health", { headers: from }))).status).toBe(200);
      const limited = await handleRestRequest(restRequest("/health", { headers: from }));
      expect(limited.status).toBe(429);
      expect(Number(limited.headers.get("retry-after"))).toBeGreaterThan(0);
      expect((await limited.json()).error.code).toBe("RATE_LIMITED");
    } finally {
      setRateLimiter(createRateLimiter({ policies: { api: { points: 0, durationSeconds: 60 } } }));
    }
  });
});
