import { randomUUID } from "node:crypto";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { deliverEvent } from "../functions/deliver-event";
import { retryDeliveries } from "../functions/retry-deliveries";
import { reencryptEndpointSecrets } from "../server/secret-reencryption";
import { verifyWebhookSignature } from "../server/signature";
import { startReceiver, type Receiver } from "./helpers/receiver";
import { setupWebhooks, type WebhooksSetup } from "./helpers/setup";

const oldKey = "q4xGv9Tq0m7bYt1cN2pW8sD3fH6jK5lZ0aE9rU4iO2w=";
const newKey = "Jd0sYp3kW9vL2qX7mB5nC8rT1fG4hZ6aE0uI3oP9yS8=";
const savedKey = process.env.TILLBOX_ENCRYPTION_KEY;

let setup: WebhooksSetup;
let receiver: Receiver;
beforeEach(async () => {
  process.env.TILLBOX_ENCRYPTION_KEY = oldKey;
  setup = await setupWebhooks();
  receiver = await startReceiver();
  await setup.setSettings({ allowedInternalTargets: ["127.0.0.1"] });
});
afterEach(async () => {
  if (savedKey === undefined) delete process.env.TILLBOX_ENCRYPTION_KEY;
  else process.env.TILLBOX_ENCRYPTION_KEY = savedKey;
  await receiver.close();
  await setup.close();
});

const step = { run: <T>(_id: string, fn: () => Promise<T> | T) => Promise.resolve(fn()) };
const event = () => ({ id: randomUUID(), name: "invoice.paid", tenantId: "default", createdAt: new Date(), data: { amount: 1 } });
const rawRows = () => setup.db.$queryRawUnsafe<Record<string, unknown>[]>(`SELECT * FROM "webhooks_endpoint" ORDER BY "created_at"`);
const keyIdOf = (value: unknown) => String(value).split(":")[2];

/** The signature of the receiver's request `index` checks out with `secret`. */
function signedWith(secret: string, index: number) {
  const request = receiver.requests[index];
  return verifyWebhookSignature(secret, String(request?.headers["tillbox-signature"]), request?.body ?? "");
}

describe("signing secrets at rest", () => {
  it("never stores the plaintext, and requests still verify with the secret shown once", async () => {
    const { endpoint, secret } = await setup.caller.endpoints.create({ url: receiver.url, events: ["*"] });
    const { secret: rotated } = await setup.caller.endpoints.rotateSecret({ id: endpoint.id });
    const rows = JSON.stringify(await rawRows());
    expect(rows).not.toContain(secret);
    expect(rows).not.toContain(rotated);
    expect(rows).not.toContain(secret.slice(6, 30));
    const [row] = await rawRows();
    expect(row?.secret_encrypted).toMatch(/^enc:v1:[0-9a-f]{8}:/);
    expect(row?.previous_secret_encrypted).toMatch(/^enc:v1:[0-9a-f]{8}:/);
    expect(row?.secret_hint).toBe(`whsec_…${rotated.slice(-4)}`);

    await deliverEvent({ event: event(), step, db: setup.db });
    expect(signedWith(rotated, 0)).toBe(true);
    expect(signedWith(secret, 0)).toBe(true); // the rotated-out secret, in its grace period
  });

  it("rotates keys: the old key still decrypts, new rows and re-encrypted rows use the new key", async () => {
    const { secret: first } = await setup.caller.endpoints.create({ url: receiver.url, events: ["*"] });
    const oldId = keyIdOf((await rawRows())[0]?.secret_encrypted);

    process.env.TILLBOX_ENCRYPTION_KEY = `${newKey},${oldKey}`;
    const { secret: second } = await setup.caller.endpoints.create({ url: receiver.url, events: ["*"] });
    let rows = await rawRows();
    const newId = keyIdOf(rows[1]?.secret_encrypted);
    expect(newId).not.toBe(oldId);
    expect(keyIdOf(rows[0]?.secret_encrypted)).toBe(oldId);

    // The cron's sweep moves the old row; afterwards the old key can go.
    expect(await reencryptEndpointSecrets(setup.db)).toEqual({ reencrypted: 1, failed: [] });
    rows = await rawRows();
    expect(rows.map((row) => keyIdOf(row.secret_encrypted))).toEqual([newId, newId]);

    process.env.TILLBOX_ENCRYPTION_KEY = newKey;
    await deliverEvent({ event: event(), step, db: setup.db });
    expect(receiver.requests).toHaveLength(2);
    const verified = [0, 1].map((index) => [first, second].filter((secret) => signedWith(secret, index)).length);
    expect(verified).toEqual([1, 1]);
  });

  it("re-encrypts an old-key row when it is read for a delivery", async () => {
    await setup.caller.endpoints.create({ url: receiver.url, events: ["*"] });
    process.env.TILLBOX_ENCRYPTION_KEY = `${newKey},${oldKey}`;
    const before = keyIdOf((await rawRows())[0]?.secret_encrypted);
    await deliverEvent({ event: event(), step, db: setup.db });
    expect(keyIdOf((await rawRows())[0]?.secret_encrypted)).not.toBe(before);
  });

  it("a wrong key fails only that endpoint's delivery, with a clear error; the rest keeps working", async () => {
    await setup.caller.endpoints.create({ url: receiver.url, events: ["*"], description: "under the lost key" });
    process.env.TILLBOX_ENCRYPTION_KEY = newKey; // the old key was dropped too early
    const { secret } = await setup.caller.endpoints.create({ url: receiver.url, events: ["*"], description: "under the new key" });

    const result = await deliverEvent({ event: event(), step, db: setup.db });
    expect(result).toMatchObject({ deliveries: 2, succeeded: 1 });
    expect(receiver.requests).toHaveLength(1);
    expect(signedWith(secret, 0)).toBe(true);
    const failed = (await setup.caller.deliveries.list({ status: "pending" })).items;
    expect(failed).toHaveLength(1);
    expect(failed[0]?.lastError).toMatch(/^Signing secret can't be read: .*key [0-9a-f]{8}, which is not in TILLBOX_ENCRYPTION_KEY/);
    expect(await setup.caller.endpoints.list()).toHaveLength(2);
    expect(await retryDeliveries({ db: setup.db })).toMatchObject({ secrets: { reencrypted: 0, failed: [expect.any(String)] } });
  });

  it("a malformed key refuses to create an endpoint, naming the variable, and saves nothing", async () => {
    process.env.TILLBOX_ENCRYPTION_KEY = "not-a-32-byte-key";
    await expect(setup.caller.endpoints.create({ url: receiver.url, events: ["*"] })).rejects.toMatchObject({
      code: "PRECONDITION_FAILED",
      message: expect.stringMatching(/^TILLBOX_ENCRYPTION_KEY entry 1 is not 32 bytes/),
    });
    expect(await setup.caller.endpoints.list()).toEqual([]);
  });

  it("keeps plaintext secrets from before the upgrade working through the migration, and encrypts them on first use", async () => {
    // Put the table back as 0001 left it, with a plaintext row, then run 0002 as the runner would.
    const legacy = "whsec_legacyPlaintextSecretFromBeforeEncryption00000";
    await setup.db.$executeRawUnsafe(`ALTER TABLE "webhooks_endpoint" RENAME COLUMN "secret_encrypted" TO "secret"`);
    await setup.db.$executeRawUnsafe(`ALTER TABLE "webhooks_endpoint" RENAME COLUMN "previous_secret_encrypted" TO "previous_secret"`);
    await setup.db.$executeRawUnsafe(`ALTER TABLE "webhooks_endpoint" DROP COLUMN "secret_hint"`);
    await setup.db.$executeRawUnsafe(
      `INSERT INTO "webhooks_endpoint" ("id", "tenant_id", "url", "events", "secret") VALUES ('${randomUUID()}', 'default', '${receiver.url}', '{*}', '${legacy}')`,
    );
    const migration = readFileSync(join(import.meta.dirname, "..", "migrations", "0002_webhooks_secret_encryption.sql"), "utf8");
    for (const statement of migration
      .replace(/^--.*$/gm, "")
      .split(";")
      .map((part) => part.trim())
      .filter(Boolean)) {
      await setup.db.$executeRawUnsafe(statement);
    }

    expect((await setup.caller.endpoints.list())[0]?.secretHint).toBe(`whsec_…${legacy.slice(-4)}`);
    await deliverEvent({ event: event(), step, db: setup.db });
    expect(signedWith(legacy, 0)).toBe(true);
    const [row] = await rawRows();
    expect(row?.secret_encrypted).toMatch(/^enc:v1:/);
    expect(JSON.stringify(row)).not.toContain(legacy);
  });
});
