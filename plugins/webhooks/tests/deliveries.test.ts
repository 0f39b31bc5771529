import { randomUUID } from "node:crypto";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { deliverEvent } from "../functions/deliver-event";
import { retryDeliveries } from "../functions/retry-deliveries";
import { retryDueDeliveries } from "../server/retry-runner";
import type { WebhooksSettings } from "../server/settings";
import { verifyWebhookSignature } from "../server/signature";
import { startReceiver, type Receiver } from "./helpers/receiver";
import { setupWebhooks, type WebhooksSetup } from "./helpers/setup";

let setup: WebhooksSetup;
let receiver: Receiver;
/** The local receiver is on 127.0.0.1, which endpoints may only reach when allow-listed. */
let settings: WebhooksSettings;
beforeEach(async () => {
  setup = await setupWebhooks();
  receiver = await startReceiver();
  settings = await setup.setSettings({ allowedInternalTargets: ["127.0.0.1"] });
});
afterEach(async () => {
  await receiver.close();
  await setup.close();
});

const step = { run: <T>(_id: string, fn: () => Promise<T> | T) => Promise.resolve(fn()) };

function domainEvent(name = "invoice.paid", tenantId = "default") {
  return { id: randomUUID(), name, tenantId, createdAt: new Date("2025-01-02T03:04:05Z"), data: { invoiceId: "inv_1", amount: 1200, currency: "EUR" } };
}

async function createEndpoint(events: string[] = ["invoice.paid"]) {
  return setup.caller.endpoints.create({ url: receiver.url, events });
}

describe("webhook deliveries", () => {
  it("POSTs matching events as signed JSON the receiver can verify", async () => {
    const { secret } = await createEndpoint(["invoice.*"]);
    await createEndpoint(["subscription.created"]); // not subscribed: gets nothing
    const event = domainEvent();
    const result = await deliverEvent({ event, step, db: setup.db });
    expect(result).toMatchObject({ deliveries: 1, succeeded: 1 });

    expect(receiver.requests).toHaveLength(1);
    const [request] = receiver.requests;
    expect(request?.method).toBe("POST");
    expect(request?.headers["content-type"]).toBe("application/json");
    expect(request?.headers["user-agent"]).toBe("Tillbox-Webhooks/1.0");
    expect(request?.headers["tillbox-event-id"]).toBe(event.id);
    expect(request?.headers["tillbox-event"]).toBe("invoice.paid");
    expect(verifyWebhookSignature(secret, String(request?.headers["tillbox-signature"]), request?.body ?? "")).toBe(true);
    expect(verifyWebhookSignature("whsec_wrong", String(request?.headers["tillbox-signature"]), request?.body ?? "")).toBe(false);
    expect(JSON.parse(request?.body ?? "")).toEqual({
      id: event.id,
      type: "invoice.paid",
      createdAt: "2025-01-02T03:04:05.000Z",
      tenantId: "default",
      data: event.data,
    });

    const { items } = await setup.caller.deliveries.list({});
    expect(items).toHaveLength(1);
    expect(items[0]).toMatchObject({ status: "succeeded", attempts: 1, lastStatusCode: 200, nextAttemptAt: null });
    expect(items[0]?.attemptsLog[0]).toMatchObject({ number: 1, statusCode: 200, manual: false, error: null });
    expect(items[0]?.attemptsLog[0]?.durationMs).toBeGreaterThanOrEqual(0);
  });

  it("does not deliver twice when the fan-out runs again for the same event", async () => {
    await createEndpoint();
    const event = domainEvent();
    await deliverEvent({ event, step, db: setup.db });
    await deliverEvent({ event, step, db: setup.db });
    expect(receiver.requests).toHaveLength(1);
  });

  it("retries a 500 with exponential backoff, then logs the 200", async () => {
    await createEndpoint();
    receiver.respondWith(500, 503);
    const before = Date.now();
    await deliverEvent({ event: domainEvent(), step, db: setup.db });

    let [delivery] = (await setup.caller.deliveries.list({})).items;
    expect(delivery).toMatchObject({ status: "pending", attempts: 1, lastStatusCode: 500, lastError: "HTTP 500" });
    const firstDelay = (delivery?.nextAttemptAt?.getTime() ?? 0) - before;
    expect(firstDelay).toBeGreaterThanOrEqual(30_000);
    expect(firstDelay).toBeLessThan(35_000);

    // Not due yet: the cron leaves it alone.
    expect(await retryDueDeliveries(setup.db, settings, new Date())).toBe(0);

    const firstRetryAt = new Date((delivery?.nextAttemptAt?.getTime() ?? 0) + 1);
    expect(await retryDueDeliveries(setup.db, settings, firstRetryAt)).toBe(1);
    [delivery] = (await setup.caller.deliveries.list({})).items;
    expect(delivery).toMatchObject({ status: "pending", attempts: 2, lastStatusCode: 503 });
    // Second retry waits twice as long as the first.
    expect((delivery?.nextAttemptAt?.getTime() ?? 0) - firstRetryAt.getTime()).toBe(60_000);

    const secondRetryAt = new Date((delivery?.nextAttemptAt?.getTime() ?? 0) + 1);
    expect(await retryDueDeliveries(setup.db, settings, secondRetryAt)).toBe(1);
    [delivery] = (await setup.caller.deliveries.list({})).items;
    expect(delivery).toMatchObject({ status: "succeeded", attempts: 3, lastStatusCode: 200, nextAttemptAt: null });
    expect(delivery?.attemptsLog.map((attempt) => attempt.statusCode)).toEqual([200, 503, 500]);
    expect(receiver.requests).toHaveLength(3);
    // Every retry carries the same event id and body, so receivers can deduplicate.
    expect(new Set(receiver.requests.map((request) => request.body)).size).toBe(1);
    expect(new Set(receiver.requests.map((request) => request.headers["tillbox-event-id"])).size).toBe(1);
  });

  it("gives up after maxAttempts and marks the delivery failed", async () => {
    await createEndpoint();
    receiver.respondWith(500, 500, 500);
    settings = await setup.setSettings({ maxAttempts: 2 });
    await deliverEvent({ event: domainEvent(), step, db: setup.db });
    await retryDueDeliveries(setup.db, settings, new Date(Date.now() + 3_600_000));
    const [delivery] = (await setup.caller.deliveries.list({ status: "failed" })).items;
    expect(delivery).toMatchObject({ status: "failed", attempts: 2, nextAttemptAt: null });
    expect(await retryDueDeliveries(setup.db, settings, new Date(Date.now() + 86_400_000))).toBe(0);
    expect(receiver.requests).toHaveLength(2);
  });

  it("records network errors and timeouts as failed attempts", async () => {
    await setup.caller.endpoints.create({ url: "http://127.0.0.1:9/unreachable", events: ["*"] });
    await deliverEvent({ event: domainEvent(), step, db: setup.db });
    const [delivery] = (await setup.caller.deliveries.list({})).items;
    expect(delivery).toMatchObject({ status: "pending", attempts: 1, lastStatusCode: null });
    expect(delivery?.lastError).toMatch(/ECONNREFUSED/);
  });

  it("redelivers on demand, logged as a manual attempt", async () => {
    await createEndpoint();
    await deliverEvent({ event: domainEvent(), step, db: setup.db });
    const [delivery] = (await setup.caller.deliveries.list({})).items;
    receiver.respondWith(410);
    const redelivered = await setup.caller.deliveries.redeliver({ id: delivery?.id ?? "" });
    expect(redelivered).toMatchObject({ status: "failed", attempts: 2, lastStatusCode: 410 });
    const again = await setup.caller.deliveries.redeliver({ id: delivery?.id ?? "" });
    expect(again).toMatchObject({ status: "succeeded", attempts: 3 });
    const detail = await setup.caller.deliveries.get({ id: delivery?.id ?? "" });
    expect(detail.attemptsLog.map((attempt) => [attempt.number, attempt.manual, attempt.statusCode])).toEqual([
      [3, true, 200],
      [2, true, 410],
      [1, false, 200],
    ]);
    expect(receiver.requests[2]?.body).toBe(receiver.requests[0]?.body);
  });

  it("signs with both secrets during a rotation grace period", async () => {
    const { endpoint, secret: oldSecret } = await createEndpoint();
    const { secret: newSecret } = await setup.caller.endpoints.rotateSecret({ id: endpoint.id });
    await deliverEvent({ event: domainEvent(), step, db: setup.db });
    await setup.caller.endpoints.rotateSecret({ id: endpoint.id, graceHours: 0 });
    await deliverEvent({ event: domainEvent(), step, db: setup.db });

    const [during, after] = receiver.requests;
    const header = (index: number) => String(receiver.requests[index]?.headers["tillbox-signature"]);
    expect(header(0).match(/v1=/g)).toHaveLength(2);
    expect(verifyWebhookSignature(oldSecret, header(0), during?.body ?? "")).toBe(true);
    expect(verifyWebhookSignature(newSecret, header(0), during?.body ?? "")).toBe(true);
    expect(header(1).match(/v1=/g)).toHaveLength(1);
    expect(verifyWebhookSignature(newSecret, header(1), after?.body ?? "")).toBe(false); // rotated again
    expect(verifyWebhookSignature(oldSecret, header(1), after?.body ?? "")).toBe(false);
  });

  it("sends a test event to one endpoint and logs it", async () => {
    const { endpoint, secret } = await createEndpoint(["invoice.paid"]);
    const delivery = await setup.caller.endpoints.sendTest({ id: endpoint.id });
    expect(delivery).toMatchObject({ status: "succeeded", eventName: "webhooks/endpoint.tested", attempts: 1 });
    const [request] = receiver.requests;
    expect(verifyWebhookSignature(secret, String(request?.headers["tillbox-signature"]), request?.body ?? "")).toBe(true);
    expect(JSON.parse(request?.body ?? "").data).toMatchObject({ endpointId: endpoint.id });
  });

  it("skips disabled endpoints, other tenants' events and its own internal events", async () => {
    const { endpoint } = await createEndpoint(["*"]);
    await deliverEvent({ event: domainEvent("invoice.paid", "other"), step, db: setup.db });
    await deliverEvent({ event: domainEvent("webhooks/endpoint.tested"), step, db: setup.db });
    await setup.caller.endpoints.update({ id: endpoint.id, enabled: false });
    await deliverEvent({ event: domainEvent(), step, db: setup.db });
    expect(receiver.requests).toHaveLength(0);
    expect(await setup.db.webhookDelivery.count()).toBe(0);
  });

  it("stops delivering while the plugin is disabled, without a restart", async () => {
    await createEndpoint();
    receiver.respondWith(500);
    await deliverEvent({ event: domainEvent(), step, db: setup.db });
    expect(receiver.requests).toHaveLength(1);

    await setup.setEnabled(false);
    expect(await deliverEvent({ event: domainEvent(), step, db: setup.db })).toEqual({ skipped: "plugin disabled" });
    const delivery = await setup.db.webhookDelivery.findFirstOrThrow();
    await setup.db.webhookDelivery.update({ where: { id: delivery.id }, data: { nextAttemptAt: new Date(0) } });
    expect(await retryDeliveries({ db: setup.db })).toEqual({ skipped: "plugin disabled" });
    expect(receiver.requests).toHaveLength(1);

    await setup.setEnabled(true);
    expect(await retryDeliveries({ db: setup.db })).toMatchObject({ attempted: 1 });
    expect(receiver.requests).toHaveLength(2);
  });

  it("keeps the delivery log per tenant and paginates it", async () => {
    await createEndpoint(["*"]);
    for (let index = 0; index < 5; index += 1) await deliverEvent({ event: domainEvent(), step, db: setup.db });
    const first = await setup.caller.deliveries.list({ limit: 2 });
    const second = await setup.caller.deliveries.list({ limit: 2, cursor: first.nextCursor });
    const third = await setup.caller.deliveries.list({ limit: 2, cursor: second.nextCursor });
    const ids = [...first.items, ...second.items, ...third.items].map((item) => item.id);
    expect(new Set(ids).size).toBe(5);
    expect(third.nextCursor).toBeNull();
    expect((await setup.callerFor("other").deliveries.list({})).items).toEqual([]);
    const delivery = first.items[0];
    await expect(setup.callerFor("other").deliveries.redeliver({ id: delivery?.id ?? "" })).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect(await setup.caller.deliveries.stats()).toMatchObject({ succeeded: 5, total: 5 });
  });
});
