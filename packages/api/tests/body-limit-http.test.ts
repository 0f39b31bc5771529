import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { setDb } from "@tillbox/db";
import { createTestDb, type TestDb } from "@tillbox/db/testing";
import { createRateLimiter, setRateLimiter } from "@tillbox/rate-limit";
import { handleRestRequest, handleTRPCRequest } from "../src";
import { restRequest, restUser } from "./rest/rest-fixtures";

let t: TestDb;
let key = "";
const savedLimit = process.env.TILLBOX_MAX_BODY_BYTES;
const MB = 1024 * 1024;

beforeAll(async () => {
  setRateLimiter(createRateLimiter({ policies: { api: { points: 0, durationSeconds: 60 } } }));
  t = await createTestDb();
  setDb(t.db);
  key = await (await restUser(t.db, "owner", "owner@example.com")).apiKey(["billing:read"]);
});
afterEach(() => {
  if (savedLimit === undefined) delete process.env.TILLBOX_MAX_BODY_BYTES;
  else process.env.TILLBOX_MAX_BODY_BYTES = savedLimit;
});
afterAll(async () => {
  setRateLimiter(undefined);
  setDb(undefined);
  await t.close();
});

/** A body of `total` bytes produced as it is read, counting how much the server pulled. */
function streamedBody(total: number, chunkBytes = 64 * 1024) {
  const chunk = new TextEncoder().encode("x".repeat(chunkBytes));
  const read = { bytes: 0 };
  const stream = new ReadableStream<Uint8Array>({
    pull(controller) {
      if (read.bytes >= total) return controller.close();
      read.bytes += chunk.byteLength;
      controller.enqueue(chunk);
    },
  });
  return { stream, read };
}

function post(url: string, body: BodyInit, headers: Record<string, string>): Request {
  return new Request(url, { method: "POST", body, headers: { "content-type": "application/json", ...headers }, duplex: "half" } as RequestInit);
}

const cart = (extra: Record<string, unknown> = {}) => ({
  currency: "EUR",
  items: [{ kind: "plan", planId: "3f0e7a52-4c1b-4a8e-9a51-0d2f1c9b6a10" }],
  ...extra,
});

describe("the body limit of /api/v1 (TILLBOX_MAX_BODY_BYTES, default 1 MB)", () => {
  it("answers a 2 MB body with 413 naming the limit", async () => {
    const body = JSON.stringify(cart({ padding: "x".repeat(2 * MB) }));
    const response = await handleRestRequest(restRequest("/checkout/preview", { method: "POST", key, body }));
    expect(response.status).toBe(413);
    expect(await response.json()).toEqual({
      error: { code: "PAYLOAD_TOO_LARGE", message: "The request body is larger than 1048576 bytes, the limit of this endpoint (TILLBOX_MAX_BODY_BYTES)." },
    });
  });

  it("stops reading a 20 MB body soon after the limit, whatever Content-Length claims (or if it is absent)", async () => {
    for (const headers of [{ "content-length": "100" }, {}] as Record<string, string>[]) {
      const { stream, read } = streamedBody(20 * MB);
      const response = await handleRestRequest(post("http://localhost/api/v1/checkout/preview", stream, { authorization: `Bearer ${key}`, ...headers }));
      expect(response.status).toBe(413);
      expect((await response.json()).error.code).toBe("PAYLOAD_TOO_LARGE");
      expect(read.bytes).toBeLessThan(MB + 512 * 1024);
    }
  });

  it("follows TILLBOX_MAX_BODY_BYTES and still serves bodies under it", async () => {
    process.env.TILLBOX_MAX_BODY_BYTES = "2048";
    const refused = await handleRestRequest(restRequest("/checkout/preview", { method: "POST", key, body: cart({ note: "x".repeat(3000) }) }));
    expect(refused.status).toBe(413);
    expect((await refused.json()).error.message).toMatch(/larger than 2048 bytes, .*\(TILLBOX_MAX_BODY_BYTES\)/);
    const served = await handleRestRequest(restRequest("/checkout/preview", { method: "POST", key, body: cart() }));
    expect(served.status).not.toBe(413);
  });
});

describe("the body limit of /api/trpc", () => {
  it("answers a streamed 20 MB body with a tRPC 413 naming the limit, reading little of it", async () => {
    const { stream, read } = streamedBody(20 * MB);
    const response = await handleTRPCRequest(post("http://localhost/api/trpc/auth.signUp", stream, {}));
    expect(response.status).toBe(413);
    const body = await response.json();
    expect(body.error.json.data).toMatchObject({ code: "PAYLOAD_TOO_LARGE", httpStatus: 413 });
    expect(body.error.json.message).toMatch(/larger than 1048576 bytes, .*\(TILLBOX_MAX_BODY_BYTES\)/);
    expect(read.bytes).toBeLessThan(MB + 512 * 1024);
  });

  it("refuses a declared Content-Length over the limit", async () => {
    const body = JSON.stringify({ json: { email: "big@example.com", password: "x".repeat(2 * MB) } });
    const response = await handleTRPCRequest(post("http://localhost/api/trpc/auth.signUp", body, { "content-length": String(body.length) }));
    expect(response.status).toBe(413);
    expect(await t.db.user.count({ where: { email: "big@example.com" } })).toBe(0);
  });
});

describe("a cart's free-form metadata", () => {
  const preview = (metadata: unknown) => handleRestRequest(restRequest("/checkout/preview", { method: "POST", key, body: cart({ metadata }) }));

  it.each([
    ["too many keys", Object.fromEntries(Array.from({ length: 51 }, (_, index) => [`k${index}`, index])), /at most 50 keys/],
    ["too deep", { a: { b: { c: { d: 1 } } } }, /at most 3 levels deep/],
    ["too large", { note: "x".repeat(9000) }, /at most 8192 bytes as JSON/],
  ])("is refused when %s, naming the field", async (_case, metadata, message) => {
    const response = await preview(metadata);
    expect(response.status).toBe(400);
    const body = await response.json();
    expect(body.error.code).toBe("BAD_REQUEST");
    expect(body.error.fields.metadata).toMatch(message);
  });

  it("refuses a key longer than 40 characters, naming it", async () => {
    const response = await preview({ ["k".repeat(41)]: 1 });
    expect(response.status).toBe(400);
    expect(Object.keys((await response.json()).error.fields).join()).toMatch(/^metadata/);
  });

  it("accepts ordinary tags (the cart then fails on its own terms: no such currency here)", async () => {
    const body = await (await preview({ campaign: "spring", utm: { source: "newsletter", tags: ["a", "b"] } })).json();
    expect(body.error.code).toBe("CURRENCY_NOT_ENABLED");
  });
});
