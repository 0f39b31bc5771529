import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { activeSecrets } from "../server/secrets";
import { setupWebhooks, type WebhooksSetup } from "./helpers/setup";

let setup: WebhooksSetup;
beforeEach(async () => {
  setup = await setupWebhooks();
});
afterEach(async () => {
  await setup.close();
});

const input = { url: "https://example.com/hooks", description: "CRM sync", events: ["invoice.paid", "subscription.*"] };

describe("webhooks endpoints router", () => {
  it("shows the signing secret once, at creation", async () => {
    const { endpoint, secret } = await setup.caller.endpoints.create(input);
    expect(secret).toMatch(/^whsec_[A-Za-z0-9_-]{43}$/);
    expect(endpoint.secretHint).toBe(`whsec_…${secret.slice(-4)}`);
    expect(endpoint.events).toEqual(["invoice.paid", "subscription.*"]);

    const list = await setup.caller.endpoints.list();
    const one = await setup.caller.endpoints.get({ id: endpoint.id });
    expect(list).toHaveLength(1);
    expect(JSON.stringify(list)).not.toContain(secret);
    expect(JSON.stringify(one)).not.toContain(secret);
    expect(one).not.toHaveProperty("secret");
  });

  it("rejects non-http URLs, credentials in URLs, bad event names and http in production", async () => {
    await expect(setup.caller.endpoints.create({ ...input, url: "ftp://example.com/x" })).rejects.toMatchObject({ code: "BAD_REQUEST" });
    await expect(setup.caller.endpoints.create({ ...input, url: "https://user:pw@example.com/x" })).rejects.toMatchObject({ code: "BAD_REQUEST" });
    await expect(setup.caller.endpoints.create({ ...input, events: ["Not An Event"] })).rejects.toMatchObject({ code: "BAD_REQUEST" });
    await expect(setup.caller.endpoints.create({ ...input, events: [] })).rejects.toMatchObject({ code: "BAD_REQUEST" });

    await expect(setup.caller.endpoints.create({ ...input, url: "http://example.com/x" })).resolves.toBeTruthy();
    const previous = process.env.NODE_ENV;
    process.env.NODE_ENV = "production";
    try {
      await expect(setup.caller.endpoints.create({ ...input, url: "http://example.com/x" })).rejects.toThrow(/https in production/);
    } finally {
      process.env.NODE_ENV = previous;
    }
  });

  it("updates, disables and deletes an endpoint", async () => {
    const { endpoint } = await setup.caller.endpoints.create(input);
    const updated = await setup.caller.endpoints.update({ id: endpoint.id, enabled: false, events: ["*"], description: "All" });
    expect(updated).toMatchObject({ enabled: false, events: ["*"], description: "All", url: input.url });
    await setup.caller.endpoints.delete({ id: endpoint.id });
    await expect(setup.caller.endpoints.get({ id: endpoint.id })).rejects.toMatchObject({ code: "NOT_FOUND" });
  });

  it("rotates the secret, returning the new one once and keeping the old one in its grace period", async () => {
    const { endpoint, secret } = await setup.caller.endpoints.create(input);
    const rotated = await setup.caller.endpoints.rotateSecret({ id: endpoint.id });
    expect(rotated.secret).not.toBe(secret);
    expect(rotated.endpoint.secretHint).toBe(`whsec_…${rotated.secret.slice(-4)}`);
    expect(rotated.endpoint.previousSecretExpiresAt?.getTime()).toBeGreaterThan(Date.now() + 23 * 3_600_000);
    const row = await setup.db.webhookEndpoint.findUniqueOrThrow({ where: { id: endpoint.id } });
    expect(activeSecrets(row)).toEqual([rotated.secret, secret]);

    const revoked = await setup.caller.endpoints.rotateSecret({ id: endpoint.id, graceHours: 0 });
    expect(revoked.endpoint.previousSecretExpiresAt).toBeNull();
    const after = await setup.db.webhookEndpoint.findUniqueOrThrow({ where: { id: endpoint.id } });
    expect(after.previousSecretEncrypted).toBeNull();
  });

  it("keeps tenants apart", async () => {
    const { endpoint } = await setup.caller.endpoints.create(input);
    const other = setup.callerFor("other");
    expect(await other.endpoints.list()).toEqual([]);
    await expect(other.endpoints.get({ id: endpoint.id })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(other.endpoints.update({ id: endpoint.id, enabled: false })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(other.endpoints.delete({ id: endpoint.id })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(other.endpoints.rotateSecret({ id: endpoint.id })).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect(await setup.caller.endpoints.get({ id: endpoint.id })).toMatchObject({ enabled: true });
  });

  it("requires the declared permissions", async () => {
    const reader = setup.callerFor("default", ["webhooks:read"]);
    expect(await reader.endpoints.list()).toEqual([]);
    await expect(reader.endpoints.create(input)).rejects.toMatchObject({ code: "FORBIDDEN" });
  });

  it("refuses every procedure with PLUGIN_DISABLED while the plugin is disabled", async () => {
    const { endpoint } = await setup.caller.endpoints.create(input);
    await setup.setEnabled(false);
    for (const call of [
      () => setup.caller.endpoints.list(),
      () => setup.caller.endpoints.create(input),
      () => setup.caller.endpoints.sendTest({ id: endpoint.id }),
      () => setup.caller.deliveries.list({}),
      () => setup.caller.catalogue(),
    ]) {
      await expect(call()).rejects.toMatchObject({ code: "PRECONDITION_FAILED", cause: { code: "PLUGIN_DISABLED" } });
    }
    await setup.setEnabled(true);
    expect(await setup.caller.endpoints.list()).toHaveLength(1);
  });

  it("offers the host's event catalogue without its own internal events", async () => {
    const catalogue = await setup
      .callerWithCatalogue([
        { name: "invoice.paid", description: "An invoice was paid" },
        { name: "webhooks/endpoint.tested", description: "internal" },
      ])
      .catalogue();
    expect(catalogue).toEqual([{ name: "invoice.paid", description: "An invoice was paid" }]);
  });
});
