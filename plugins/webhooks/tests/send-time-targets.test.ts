import { randomUUID } from "node:crypto";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { attemptDelivery, fanOutEvent } from "../server/delivery-service";
import type { Resolver } from "../server/resolve-target";
import { generateSigningSecret, sealSigningSecret, secretHint } from "../server/secrets";
import type { WebhooksSettings } from "../server/settings";
import { startReceiver, type Receiver } from "./helpers/receiver";
import { setupWebhooks, type WebhooksSetup } from "./helpers/setup";

// The check at creation is not enough: a public name can resolve to an internal address, now or
// after a DNS change (rebinding). Every send resolves once, checks every answer, and connects to
// the checked address only. Resolvers are injected, so no test depends on real DNS.
let setup: WebhooksSetup;
let receiver: Receiver;
let settings: WebhooksSettings;
beforeEach(async () => {
  setup = await setupWebhooks();
  receiver = await startReceiver();
  settings = await setup.setSettings({});
});
afterEach(async () => {
  await receiver.close();
  await setup.close();
});

const host = "hooks.example.test";

/** A DNS server that answers each lookup with the next list of addresses, and counts lookups. */
function scriptedResolver(...answers: string[][]) {
  const calls: string[] = [];
  const resolver: Resolver = async (name) => {
    calls.push(name);
    const addresses = answers[Math.min(calls.length, answers.length) - 1] ?? [];
    return addresses.map((address) => ({ address, family: address.includes(":") ? 6 : 4 }));
  };
  return { resolver, calls };
}

/** Creates the endpoint through the router (its name is public) and one delivery for it. */
async function deliveryTo(url: string) {
  await setup.caller.endpoints.create({ url, events: ["*"] });
  const event = { id: randomUUID(), name: "invoice.paid", tenantId: "default", createdAt: new Date(), data: {} };
  const [id] = await fanOutEvent(setup.db, event);
  return id ?? "";
}

describe("send-time target checks", () => {
  it("refuses a host name that resolves to 127.0.0.1, without connecting", async () => {
    const id = await deliveryTo(`http://${host}:${receiver.port}/hooks`);
    const dns = scriptedResolver(["127.0.0.1"]);
    const delivery = await attemptDelivery(setup.db, id, settings, { resolver: dns.resolver });
    expect(delivery).toMatchObject({ status: "pending", lastStatusCode: null });
    expect(delivery?.lastError).toMatch(/^Refused: hooks\.example\.test resolves to 127\.0\.0\.1, a loopback address/);
    expect(receiver.requests).toHaveLength(0);
  });

  it("refuses when any resolved address is internal, even if another one is public", async () => {
    const id = await deliveryTo(`http://${host}:${receiver.port}/hooks`);
    const delivery = await attemptDelivery(setup.db, id, settings, { resolver: scriptedResolver(["93.184.216.34", "169.254.169.254"]).resolver });
    expect(delivery?.lastError).toMatch(/resolves to 169\.254\.169\.254, a link-local address/);
    expect(receiver.requests).toHaveLength(0);
  });

  it("refuses a stored URL that predates the checks (localhost), without any DNS lookup", async () => {
    const endpointId = randomUUID();
    const secret = generateSigningSecret();
    await setup.db.webhookEndpoint.create({
      data: {
        id: endpointId,
        tenantId: "default",
        url: `http://localhost:${receiver.port}/hooks`,
        events: ["*"],
        secretEncrypted: sealSigningSecret(endpointId, secret),
        secretHint: secretHint(secret),
      },
    });
    const [id] = await fanOutEvent(setup.db, { id: randomUUID(), name: "invoice.paid", tenantId: "default", createdAt: new Date(), data: {} });
    const dns = scriptedResolver(["127.0.0.1"]);
    const delivery = await attemptDelivery(setup.db, id ?? "", settings, { resolver: dns.resolver });
    expect(delivery?.lastError).toMatch(/^Refused: localhost is the local machine/);
    expect(dns.calls).toEqual([]);
    expect(receiver.requests).toHaveLength(0);
  });

  it("resolves once and connects to the validated address: a rebinding second answer is never used", async () => {
    // Only 127.0.0.1 is allowed (the test server); 127.0.0.2 stands in for the internal target a
    // rebinding DNS server would give the second lookup. Nothing listens there, so a request that
    // looked the name up again would fail instead of reaching the receiver.
    settings = await setup.setSettings({ allowedInternalTargets: ["127.0.0.1/32"] });
    const id = await deliveryTo(`http://${host}:${receiver.port}/hooks`);
    const dns = scriptedResolver(["127.0.0.1"], ["127.0.0.2"]);
    const delivery = await attemptDelivery(setup.db, id, settings, { resolver: dns.resolver });
    expect(delivery).toMatchObject({ status: "succeeded", lastStatusCode: 200 });
    expect(dns.calls).toEqual([host]);
    expect(receiver.requests).toHaveLength(1);
    // Host (and so TLS SNI) stays the registered name; only the address is pinned.
    expect(receiver.requests[0]?.headers.host).toBe(`${host}:${receiver.port}`);
  });

  it("refuses a first answer that is internal, rather than asking again for a better one", async () => {
    settings = await setup.setSettings({ allowedInternalTargets: ["127.0.0.1/32"] });
    const id = await deliveryTo(`http://${host}:${receiver.port}/hooks`);
    const dns = scriptedResolver(["127.0.0.2"], ["127.0.0.1"]);
    const delivery = await attemptDelivery(setup.db, id, settings, { resolver: dns.resolver });
    expect(delivery?.lastError).toMatch(/resolves to 127\.0\.0\.2, a loopback address/);
    expect(dns.calls).toHaveLength(1);
    expect(receiver.requests).toHaveLength(0);
  });

  it("lets an allow-listed 127.0.0.1 test server through, and stops when the entry is removed", async () => {
    settings = await setup.setSettings({ allowedInternalTargets: ["127.0.0.1"] });
    const first = await deliveryTo(receiver.url);
    expect(await attemptDelivery(setup.db, first, settings)).toMatchObject({ status: "succeeded", lastStatusCode: 200 });
    expect(receiver.requests).toHaveLength(1);

    settings = await setup.setSettings({ allowedInternalTargets: [] });
    const [second] = await fanOutEvent(setup.db, { id: randomUUID(), name: "invoice.paid", tenantId: "default", createdAt: new Date(), data: {} });
    const delivery = await attemptDelivery(setup.db, second ?? "", settings);
    expect(delivery?.lastError).toMatch(/^Refused: 127\.0\.0\.1 is a loopback address/);
    expect(receiver.requests).toHaveLength(1);
  });

  it("trusts an allow-listed host name with whatever its DNS answers", async () => {
    settings = await setup.setSettings({ allowedInternalTargets: [host] });
    const id = await deliveryTo(`http://${host}:${receiver.port}/hooks`);
    const delivery = await attemptDelivery(setup.db, id, settings, { resolver: scriptedResolver(["127.0.0.1"]).resolver });
    expect(delivery).toMatchObject({ status: "succeeded" });
  });

  it("does not follow a redirect, not even to an allowed address; the 3xx is the logged answer", async () => {
    settings = await setup.setSettings({ allowedInternalTargets: ["127.0.0.1"] });
    const elsewhere = await startReceiver();
    try {
      receiver.respondWith({ status: 302, headers: { Location: elsewhere.url } });
      const delivery = await attemptDelivery(setup.db, await deliveryTo(receiver.url), settings);
      expect(delivery).toMatchObject({ status: "pending", lastStatusCode: 302, lastError: "HTTP 302 (redirects are not followed)" });
      expect(elsewhere.requests).toHaveLength(0);
    } finally {
      await elsewhere.close();
    }
  });
});
