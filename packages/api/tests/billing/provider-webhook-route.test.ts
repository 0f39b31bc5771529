import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestClock, staticPaymentProviders } from "@tillbox/core";
import { createTestDb, type TestDb } from "@tillbox/db/testing";
import { setBillingClock } from "../../src/billing-context";
import { handleProviderWebhookRequest } from "../../src/provider-webhooks";
import { FakeProvider } from "../../../core/tests/billing/payments/fake-provider";

let test: TestDb;
const clock = createTestClock("2026-02-01T00:00:00Z");
const provider = new FakeProvider("fake", clock);
const providers = staticPaymentProviders([provider]);

beforeAll(async () => {
  test = await createTestDb();
  setBillingClock(clock);
});
afterAll(async () => {
  setBillingClock(undefined);
  await test.close();
});

const post = (body: string, headers: Headers) => new Request("http://localhost/api/webhooks/fake", { method: "POST", body, headers });

describe("POST /api/webhooks/<provider>", () => {
  it("answers 400 with a code (no stack) for a bad signature and writes nothing", async () => {
    const body = JSON.stringify({ id: "evt_bad", type: "ignored" });
    const response = await handleProviderWebhookRequest(post(body, new Headers({ "x-fake-signature": "t=1,v1=00" })), "fake", { db: test.db, providers });
    expect(response.status).toBe(400);
    const json = await response.json();
    expect(json).toMatchObject({ error: "WEBHOOK_SIGNATURE_INVALID" });
    expect(JSON.stringify(json)).not.toMatch(/at .*\.ts/);
    expect(await test.db.providerEvent.count()).toBe(0);
  });

  it("answers 200 {received:true} for a verified event, and again for its replay", async () => {
    const body = JSON.stringify({ id: "evt_ok", type: "ignored" });
    const first = await handleProviderWebhookRequest(post(body, provider.sign(body)), "fake", { db: test.db, providers });
    expect(first.status).toBe(200);
    expect(await first.json()).toEqual({ received: true, status: "ignored" });
    const replay = await handleProviderWebhookRequest(post(body, provider.sign(body)), "fake", { db: test.db, providers });
    expect(await replay.json()).toEqual({ received: true, status: "duplicate" });
    expect(await test.db.providerEvent.count()).toBe(1);
  });

  it("answers 413 past 256 KB (TILLBOX_MAX_WEBHOOK_BODY_BYTES) before verifying or writing anything, signed or not", async () => {
    const body = JSON.stringify({ id: "evt_huge", type: "ignored", padding: "x".repeat(300 * 1024) });
    const response = await handleProviderWebhookRequest(post(body, provider.sign(body)), "fake", { db: test.db, providers });
    expect(response.status).toBe(413);
    expect(await response.json()).toEqual({
      error: "PAYLOAD_TOO_LARGE",
      message: "The request body is larger than 262144 bytes, the limit of this endpoint (TILLBOX_MAX_WEBHOOK_BODY_BYTES).",
    });
    const declared = new Headers({ "content-length": String(10 * 1024 * 1024) });
    expect((await handleProviderWebhookRequest(post("{}", declared), "fake", { db: test.db, providers })).status).toBe(413);
    expect(await test.db.providerEvent.count({ where: { eventId: "evt_huge" } })).toBe(0);
    // A large but ordinary event still goes through.
    const large = JSON.stringify({ id: "evt_large", type: "ignored", padding: "x".repeat(200 * 1024) });
    expect((await handleProviderWebhookRequest(post(large, provider.sign(large)), "fake", { db: test.db, providers })).status).toBe(200);
  });

  it("answers 404 for an unknown provider and 405 for GET", async () => {
    expect((await handleProviderWebhookRequest(post("{}", new Headers()), "nope", { db: test.db, providers })).status).toBe(404);
    expect((await handleProviderWebhookRequest(new Request("http://localhost/api/webhooks/fake"), "fake", { db: test.db, providers })).status).toBe(405);
  });
});
