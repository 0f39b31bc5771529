import { describe, expect, it } from "vitest";
import { migrationSources, runMigrations, type SqlConnection } from "../src/migrations";
import { bareConnection } from "./bare-connection";

/** A database with data, as it was before the tenant-scoped foreign keys (core's and plugins'). */
const isTenantKeys = (name: string) => name.endsWith("_tenant_foreign_keys.sql");
// Plugins added later create their tables with the keys and the trigger (core's function, from
// 0013), so they have no tenant-keys migration and belong only to the run after the upgrade.
const upgradedOwners = new Set(migrationSources.filter((source) => isTenantKeys(source.name)).map((source) => source.owner));
const before = migrationSources.filter((source) => !isTenantKeys(source.name) && upgradedOwners.has(source.owner));

const ids = {
  userA: "00000000-0000-4000-8000-00000000000a",
  userB: "00000000-0000-4000-8000-00000000000b",
  invoiceA: "00000000-0000-4000-8000-0000000000a1",
  endpointA: "00000000-0000-4000-8000-0000000000a2",
  endpointB: "00000000-0000-4000-8000-0000000000b2",
  deliveryA: "00000000-0000-4000-8000-0000000000a3",
};

async function seedDevData(connection: SqlConnection) {
  await connection.exec(`
    INSERT INTO tenant (id, slug, name) VALUES ('a', 'a', 'A'), ('b', 'b', 'B');
    INSERT INTO user_account (id, tenant_id, email) VALUES ('${ids.userA}', 'a', 'ann@a.test'), ('${ids.userB}', 'b', 'bob@b.test');
    INSERT INTO billing_invoice (id, tenant_id, user_id, billing_reason, currency) VALUES ('${ids.invoiceA}', 'a', '${ids.userA}', 'manual', 'EUR');
    INSERT INTO billing_payment (id, tenant_id, invoice_id, provider, amount, currency)
      VALUES ('00000000-0000-4000-8000-0000000000a4', 'a', '${ids.invoiceA}', 'manual', 900, 'EUR');
    INSERT INTO webhooks_endpoint (id, tenant_id, url, events, secret_encrypted, updated_at)
      VALUES ('${ids.endpointA}', 'a', 'https://a.example', '{*}', 's', now()), ('${ids.endpointB}', 'b', 'https://b.example', '{*}', 's', now());
    INSERT INTO webhooks_delivery (id, tenant_id, endpoint_id, event_id, event_name, body, updated_at)
      VALUES ('${ids.deliveryA}', 'a', '${ids.endpointA}', 'evt_1', 'probe', '{}', now());`);
}

async function count(connection: SqlConnection, sql: string): Promise<number> {
  const { rows } = await connection.query<{ count: number }>(`SELECT count(*)::int AS count FROM ${sql}`);
  return rows[0]!.count;
}

const constraint = (connection: SqlConnection, name: string) => count(connection, `pg_constraint WHERE conname = '${name}'`);

describe("adding the tenant-scoped foreign keys to a database with data", () => {
  it("keeps every row when the data already agrees", async () => {
    const { connection } = await bareConnection();
    await runMigrations(connection, before);
    await seedDevData(connection);

    const report = await runMigrations(connection, migrationSources);

    expect(report.applied.filter(isTenantKeys)).toHaveLength(3);
    expect(await count(connection, "billing_invoice")).toBe(1);
    expect(await count(connection, "billing_payment")).toBe(1);
    expect(await count(connection, "webhooks_delivery")).toBe(1);
    expect(await constraint(connection, "billing_invoice_tenant_id_user_id_fkey")).toBe(1);
    expect(await constraint(connection, "webhooks_delivery_tenant_id_endpoint_id_fkey")).toBe(1);
  });

  it("stops on rows that reference another tenant, naming them, and changes nothing", async () => {
    const { connection } = await bareConnection();
    await runMigrations(connection, before);
    await seedDevData(connection);
    // Both allowed by the old keys, which only checked that the id exists.
    await connection.exec(`
      UPDATE billing_invoice SET user_id = '${ids.userB}' WHERE id = '${ids.invoiceA}';
      UPDATE webhooks_delivery SET endpoint_id = '${ids.endpointB}' WHERE id = '${ids.deliveryA}';`);

    await expect(runMigrations(connection, migrationSources)).rejects.toThrow(
      /0013_tenant_foreign_keys\.sql failed and was rolled back: .*another tenant:\n {2}billing_invoice\.user_id: 1 row\(s\) reference a user_account row of another tenant \(e\.g\. user_id = 0{8}-0{4}-4000-8000-0{10}0b\)\n.*Nothing was changed/,
    );
    expect(await constraint(connection, "billing_invoice_user_id_fkey")).toBe(1);
    expect(await constraint(connection, "billing_invoice_tenant_id_user_id_fkey")).toBe(0);
    expect(await count(connection, `billing_invoice WHERE user_id = '${ids.userB}'`)).toBe(1);

    // Fixed by hand, core migrates; the plugin's own migration then names its row the same way.
    await connection.exec(`UPDATE billing_invoice SET user_id = '${ids.userA}' WHERE id = '${ids.invoiceA}'`);
    await expect(runMigrations(connection, migrationSources)).rejects.toThrow(
      /webhooks\/migrations\/0003_tenant_foreign_keys\.sql failed.*\n {2}webhooks_delivery\.endpoint_id: 1 row\(s\) reference a webhooks_endpoint row of another tenant/,
    );
    expect(await constraint(connection, "billing_invoice_tenant_id_user_id_fkey")).toBe(1);
    expect(await count(connection, "webhooks_delivery")).toBe(1);
  });
});
