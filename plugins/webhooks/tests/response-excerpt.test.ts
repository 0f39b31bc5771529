import { randomUUID } from "node:crypto";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { attemptDelivery, fanOutEvent } from "../server/delivery-service";
import { responseExcerpt } from "../server/response-excerpt";
import type { WebhooksSettings } from "../server/settings";
import { startReceiver, type Receiver } from "./helpers/receiver";
import { setupWebhooks, type WebhooksSetup } from "./helpers/setup";

// The delivery log is readable with webhooks:read; it keeps a preview of each answer, never a page.
let setup: WebhooksSetup;
let receiver: Receiver;
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

async function storedExcerpt() {
  const event = { id: randomUUID(), name: "invoice.paid", tenantId: "default", createdAt: new Date(), data: {} };
  const [id] = await fanOutEvent(setup.db, event);
  await attemptDelivery(setup.db, id ?? "", settings);
  const detail = await setup.caller.deliveries.get({ id: id ?? "" });
  return detail.attemptsLog[0]?.responseBody;
}

describe("stored response excerpt", () => {
  it("keeps at most 256 printable characters of a long text answer", async () => {
    await setup.caller.endpoints.create({ url: receiver.url, events: ["*"] });
    const body = `\u001b[31mAKIA-SECRET\u0000\r\n\u202eevil\u0007${"x".repeat(5_000)}`;
    receiver.respondWith({ status: 500, headers: { "Content-Type": "text/plain; charset=utf-8" }, body });
    const excerpt = await storedExcerpt();
    expect(excerpt).toBeTruthy();
    expect(Array.from(excerpt ?? "").length).toBeLessThanOrEqual(256);
    expect(excerpt).toMatch(/^\[31mAKIA-SECRET evilx+…$/);
    // eslint-disable-next-line no-control-regex -- asserting that no control character survived
    expect(excerpt).not.toMatch(/[\u0000-\u001f\u007f-\u009f\u202a-\u202e]/);
  });

  it("stores nothing of a binary answer", async () => {
    await setup.caller.endpoints.create({ url: receiver.url, events: ["*"] });
    receiver.respondWith({ status: 200, headers: { "Content-Type": "application/octet-stream" }, body: "binary-secret" });
    expect(await storedExcerpt()).toBeNull();
  });

  it("keeps a short JSON answer as it is", async () => {
    await setup.caller.endpoints.create({ url: receiver.url, events: ["*"] });
    receiver.respondWith({ status: 200, headers: { "Content-Type": "application/problem+json" }, body: '{"ok":true}' });
    expect(await storedExcerpt()).toBe('{"ok":true}');
  });
});

describe("responseExcerpt", () => {
  it("marks a cut-off body and never splits a character", () => {
    expect(responseExcerpt("text/plain", Buffer.from("short"), false)).toBe("short…");
    const emoji = responseExcerpt("text/html", Buffer.from("😀".repeat(300)), true) ?? "";
    expect(Array.from(emoji)).toHaveLength(256);
    expect(emoji.endsWith("😀…")).toBe(true);
    expect(responseExcerpt("image/png", Buffer.from("x"), true)).toBeNull();
    expect(responseExcerpt(null, Buffer.from("x"), true)).toBeNull();
    expect(responseExcerpt("text/plain", Buffer.from("\u0000\u0001"), true)).toBeNull();
  });
});
