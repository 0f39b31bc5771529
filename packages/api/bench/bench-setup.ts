import { execFileSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import pg from "pg";
import { createApiKey } from "@tillbox/core";
import { createDb, type Db } from "@tillbox/db";
import { allScopes } from "../src";

const root = fileURLToPath(new URL("../../..", import.meta.url));

/** A fresh database next to `adminUrl`'s, migrated and seeded by the CLI exactly as `pnpm db:seed` does. */
export async function createBenchDatabase(adminUrl: string, name: string): Promise<string> {
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
  await admin.query(`CREATE DATABASE "${name}"`);
  await admin.end();
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  for (const command of [
    ["db", "migrate"],
    ["db", "seed"],
  ]) {
    execFileSync(process.execPath, ["--import", "tsx", "packages/cli/src/tillbox.ts", ...command], {
      cwd: root,
      env: { ...process.env, DATABASE_URL: url.toString(), NODE_ENV: "development" },
      stdio: "pipe",
    });
  }
  return url.toString();
}

export async function dropBenchDatabase(adminUrl: string, name: string): Promise<void> {
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
  await admin.end();
}

export interface BenchCustomer {
  userId: string;
  apiKey: string;
}

/**
 * One customer (German, so checkout adds 19 % VAT) and API key per client. Customers hold no
 * scopes, so the key is issued the way an operator would grant one: any scope makes a caller "signed-in".
 */
export async function createBenchCustomers(url: string, count: number): Promise<{ customers: BenchCustomer[]; bundleId: string; db: Db }> {
  const db = createDb({ url });
  const tenantId = "default";
  const bundle = await db.tokenBundle.findUniqueOrThrow({ where: { tenantId_slug: { tenantId, slug: "tokens-1000" } } });
  const customers: BenchCustomer[] = [];
  for (let index = 0; index < count; index++) {
    const user = await db.user.create({
      data: { tenantId, email: `bench-${index}@example.com`, emailVerifiedAt: new Date(), name: `Bench ${index}`, country: "DE" },
    });
    const actor = { tenantId, actorId: user.id, permissions: "all" as const };
    const { key } = await createApiKey(db, actor, { name: "bench", scopes: ["api-keys:manage"] }, allScopes());
    customers.push({ userId: user.id, apiKey: key });
  }
  return { customers, bundleId: bundle.id, db };
}
