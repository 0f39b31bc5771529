import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { z } from "zod";
import { DomainError } from "@tillbox/core";
import { createRateLimiter, setRateLimiter } from "@tillbox/rate-limit";
import { authorizedProcedure, pluginProcedureFactory, publicProcedure, router, type Actor, type Context } from "@tillbox/trpc";
import { createRestHandler } from "../../src/rest";
import { restRequest } from "./rest-fixtures";

/**
 * The adapter on a small router of its own: header mapping, query coercion, path parameters and
 * the error mapping, independent of which billing procedures exist yet.
 */
const seen: unknown[] = [];
const testRouter = router({
  orders: router({
    create: authorizedProcedure("signed-in")
      .input(z.object({ idempotencyKey: z.string().min(8).max(255), amount: z.number().int().positive(), currency: z.string().length(3) }))
      .mutation(({ input }) => {
        seen.push(input);
        if (input.amount === 409) throw new DomainError("IDEMPOTENCY_KEY_REUSED", "This Idempotency-Key was used with other parameters.", "CONFLICT");
        return { id: "ord_1", ...input };
      }),
    list: authorizedProcedure("billing:read")
      .input(z.object({ limit: z.number().int().max(100).default(20), paid: z.boolean().optional(), status: z.array(z.enum(["open", "paid"])).optional() }))
      .query(({ input }) => input),
    get: authorizedProcedure("signed-in")
      .input(z.object({ orderId: z.string().uuid() }))
      .query(({ input }) => ({ id: input.orderId })),
    crash: publicProcedure.query(() => {
      throw new Error("secret connection string postgres://user:pw@db");
    }),
    nothing: authorizedProcedure("signed-in").mutation(() => undefined),
  }),
  gated: pluginProcedureFactory("webhooks")("signed-in").query(() => "ok"),
});

const routes = [
  { method: "POST" as const, path: "/orders", procedure: "orders.create", summary: "Create", tags: ["orders"], successStatus: 201 as const },
  { method: "GET" as const, path: "/orders", procedure: "orders.list", summary: "List", tags: ["orders"] },
  { method: "GET" as const, path: "/orders/{orderId}", procedure: "orders.get", summary: "Get", tags: ["orders"] },
  { method: "GET" as const, path: "/crash", procedure: "orders.crash", summary: "Crash", tags: ["orders"] },
  { method: "POST" as const, path: "/nothing", procedure: "orders.nothing", summary: "Nothing", tags: ["orders"] },
  { method: "GET" as const, path: "/gated", procedure: "gated", summary: "Gated", tags: ["orders"] },
];

const customer: Actor = { kind: "api-key", id: "11111111-1111-4111-8111-111111111111", permissions: new Set(["billing:read"]) };
let pluginEnabled = true;
const handler = createRestHandler({
  router: testRouter,
  routes,
  createContext: async (request) =>
    ({
      db: undefined as never,
      tenantId: "default",
      actor: request.headers.has("authorization") ? customer : { kind: "anonymous", id: null, permissions: new Set() },
      headers: request.headers,
      plugins: { isEnabled: async () => pluginEnabled },
      eventCatalogue: [],
    }) satisfies Context,
});
const key = "tbx_test";

beforeAll(() => setRateLimiter(createRateLimiter({ policies: { api: { points: 0, durationSeconds: 60 } } })));
afterAll(() => setRateLimiter(undefined));

describe("Idempotency-Key", () => {
  it("is forwarded as the procedure's idempotencyKey input", async () => {
    const response = await handler(
      restRequest("/orders", { method: "POST", key, body: { amount: 1500, currency: "EUR" }, headers: { "idempotency-key": "order-7f3a-0001" } }),
    );
    expect(response.status).toBe(201);
    expect(await response.json()).toEqual({ id: "ord_1", idempotencyKey: "order-7f3a-0001", amount: 1500, currency: "EUR" });
    expect(seen.at(-1)).toEqual({ idempotencyKey: "order-7f3a-0001", amount: 1500, currency: "EUR" });
  });

  it("is validated like the field (400 naming idempotencyKey) and required when the field is", async () => {
    const short = await handler(restRequest("/orders", { method: "POST", key, body: { amount: 1, currency: "EUR" }, headers: { "idempotency-key": "x" } }));
    expect(short.status).toBe(400);
    expect(Object.keys((await short.json()).error.fields)).toEqual(["idempotencyKey"]);
    const missing = await handler(restRequest("/orders", { method: "POST", key, body: { amount: 1, currency: "EUR" } }));
    expect((await missing.json()).error.fields).toHaveProperty("idempotencyKey");
  });

  it("refuses a body idempotencyKey that contradicts the header", async () => {
    const response = await handler(
      restRequest("/orders", {
        method: "POST",
        key,
        body: { amount: 1, currency: "EUR", idempotencyKey: "other-key-123" },
        headers: { "idempotency-key": "order-7f3a-0002" },
      }),
    );
    expect(response.status).toBe(400);
    expect((await response.json()).error.fields).toEqual({ idempotencyKey: "differs from the Idempotency-Key header" });
  });

  it("passes a reused key's domain error on as 409 with its stable code", async () => {
    const response = await handler(
      restRequest("/orders", { method: "POST", key, body: { amount: 409, currency: "EUR" }, headers: { "idempotency-key": "order-7f3a-0003" } }),
    );
    expect(response.status).toBe(409);
    expect(await response.json()).toEqual({ error: { code: "IDEMPOTENCY_KEY_REUSED", message: "This Idempotency-Key was used with other parameters." } });
  });
});

describe("query strings and path parameters", () => {
  it("coerces query values to the schema's numbers, booleans and arrays, with defaults applied", async () => {
    const response = await handler(restRequest("/orders?limit=50&paid=true&status=open&status=paid", { key }));
    expect(await response.json()).toEqual({ limit: 50, paid: true, status: ["open", "paid"] });
    expect(await (await handler(restRequest("/orders?status=open", { key }))).json()).toEqual({ limit: 20, status: ["open"] });
  });

  it("reports a value that doesn't fit against its field", async () => {
    const response = await handler(restRequest("/orders?limit=abc", { key }));
    expect(response.status).toBe(400);
    expect(Object.keys((await response.json()).error.fields)).toEqual(["limit"]);
    const tooMany = await handler(restRequest("/orders?limit=500", { key }));
    expect((await tooMany.json()).error.fields.limit).toMatch(/100/);
  });

  it("fills input fields from the path (decoded) and validates them", async () => {
    const id = "3f0e7a52-4c1b-4a8e-9a51-0d2f1c9b6a10";
    expect(await (await handler(restRequest(`/orders/${id}`, { key }))).json()).toEqual({ id });
    const bad = await handler(restRequest("/orders/not%20a%20uuid", { key }));
    expect(bad.status).toBe(400);
    expect(Object.keys((await bad.json()).error.fields)).toEqual(["orderId"]);
  });
});

describe("status codes", () => {
  it("answers a protected route without credentials with 401", async () => {
    const anonymous = await handler(restRequest("/orders"));
    expect(anonymous.status).toBe(401);
  });

  it("answers a disabled plugin's procedure with 412 PLUGIN_DISABLED", async () => {
    pluginEnabled = false;
    try {
      const response = await handler(restRequest("/gated", { key }));
      expect(response.status).toBe(412);
      expect((await response.json()).error.code).toBe("PLUGIN_DISABLED");
    } finally {
      pluginEnabled = true;
    }
  });

  it("hides internal failures: 500, a generic message, no stack or cause", async () => {
    const errors: unknown[] = [];
    const original = console.error;
    console.error = (...args: unknown[]) => errors.push(args);
    try {
      const response = await handler(restRequest("/crash"));
      expect(response.status).toBe(500);
      const text = await response.text();
      expect(JSON.parse(text)).toEqual({ error: { code: "INTERNAL_SERVER_ERROR", message: "Internal server error" } });
      expect(text).not.toMatch(/postgres|stack|\.ts:/);
      expect(errors).toHaveLength(1); // …but the server log has it.
    } finally {
      console.error = original;
    }
  });

  it("answers 204 when the procedure returns nothing", async () => {
    const response = await handler(restRequest("/nothing", { method: "POST", key }));
    expect(response.status).toBe(204);
    expect(await response.text()).toBe("");
  });
});
