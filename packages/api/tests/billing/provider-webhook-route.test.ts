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

  it("answers 404 for an unknown provider and 405 for GET", async () => {
    expect((await handleProviderWebhookRequest(post("{}", new Headers()), "nope", { db: test.db, providers })).status).toBe(404);
    expect((await handleProviderWebhookRequest(new Request("http://localhost/api/webhooks/fake"), "fake", { db: test.db, providers })).status).toBe(405);
  });
});
