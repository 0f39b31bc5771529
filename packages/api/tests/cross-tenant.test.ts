import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { TRPCError } from "@trpc/server";
import type { z } from "zod";
import { createTenantService } from "@tillbox/core";
import { setDb, tenantScopedModels } from "@tillbox/db";
import { createTestDb, type TestDb } from "@tillbox/db/testing";
import { createCallerFactory } from "@tillbox/trpc";
import { bootPlugins, createContext } from "../src";
import { appRouter } from "../src/root";
import { sampleInput, takesId, type Candidate } from "./cross-tenant-helpers";

type Procedure = { _def: { type: "query" | "mutation" | "subscription"; inputs: z.ZodType[] } };
type Caller = (input: unknown) => Promise<unknown>;

let test: TestDb;
const tenant = { a: "", b: "" };
/** Every id of tenant A's rows, plus strings only A's data contains. */
let aIds: string[] = [];
let aMarkers: string[] = [];

/** Owner user of each tenant: procedures such as impersonation need a signed-in actor. */
const owners = new Map<string, string>();

function callAs(tenantId: string) {
  const id = owners.get(tenantId) ?? null;
  const actor = { kind: id ? "user" : "system", id, permissions: "all" } as const;
  return createCallerFactory(appRouter)(createContext({ headers: new Headers(), db: test.db, tenantId, actor }));
}

function procedureAt(caller: unknown, path: string): Caller {
  return path.split(".").reduce((node: any, part) => node[part], caller) as Caller; // eslint-disable-line @typescript-eslint/no-explicit-any
}

const modelKey = (model: string) => model[0]!.toLowerCase() + model.slice(1);

/** All of A's rows (every tenant table, its tenant row, its events' deliveries, plugin switches). */
async function snapshotOfA(): Promise<string> {
  const db = test.db as unknown as Record<string, { findMany(args: unknown): Promise<unknown[]> }>;
  const tables: Record<string, unknown> = {};
  for (const model of [...tenantScopedModels].sort()) tables[model] = await db[modelKey(model)]!.findMany({ where: { tenantId: tenant.a } });
  tables.Tenant = await test.db.tenant.findMany({ where: { id: tenant.a } });
  tables.EventDelivery = await test.db.eventDelivery.findMany({ where: { event: { tenantId: tenant.a } } });
  tables.PluginState = await test.db.pluginState.findMany({ orderBy: { slug: "asc" } });
  const sortById = (rows: unknown) => (rows as { id?: string }[]).map((row) => JSON.stringify(row)).sort();
  return JSON.stringify(Object.fromEntries(Object.entries(tables).map(([name, rows]) => [name, sortById(rows)])));
}

async function seedTenant(slug: string): Promise<string> {
  const service = createTenantService(test.db);
  const { id } = await service.create({ slug, name: slug }, { tenantId: "default", actorId: null });
  await service.createRoute({ tenantId: id, kind: "subdomain", value: slug }, { tenantId: "default", actorId: null });
  const caller = callAs(id);
  await caller.webhooks.endpoints.create({ url: `https://${slug}.example/hook`, events: ["*"], description: `${slug} hook` });
  const user = await test.db.user.create({ data: { tenantId: id, email: `owner@${slug}.test`, name: `${slug} owner` } });
  owners.set(id, user.id);
  const role = await test.db.role.create({ data: { tenantId: id, key: "custom", name: `${slug} role`, scopes: ["users:read"] } });
  await test.db.userRole.create({ data: { tenantId: id, userId: user.id, roleId: role.id } });
  await test.db.apiKey.create({ data: { tenantId: id, userId: user.id, name: `${slug} key`, prefix: `tbx_${slug}`, keyHash: "x", scopes: [] } });
  const endpoint = await test.db.webhookEndpoint.findFirstOrThrow({ where: { tenantId: id } });
  const event = await test.db.outboxEvent.create({ data: { id: crypto.randomUUID(), tenantId: id, name: "probe.happened", payload: {} } });
  await test.db.eventDelivery.create({ data: { eventId: event.id, functionId: "probe", status: "failed", maxAttempts: 3 } });
  const delivery = await test.db.webhookDelivery.create({
    data: { tenantId: id, endpointId: endpoint.id, eventId: event.id, eventName: event.name, body: "{}", status: "failed" },
  });
  await test.db.webhookAttempt.create({ data: { tenantId: id, deliveryId: delivery.id, number: 1, durationMs: 5 } });
  return id;
}

beforeAll(async () => {
  test = await createTestDb();
  setDb(test.db);
  await bootPlugins(test.db);
  tenant.a = await seedTenant("acme");
  tenant.b = await seedTenant("globex");
  const db = test.db as unknown as Record<string, { findMany(args: unknown): Promise<{ id?: string }[]> }>;
  const ids = new Set<string>([tenant.a]);
  for (const model of tenantScopedModels) for (const row of await db[modelKey(model)]!.findMany({ where: { tenantId: tenant.a } })) if (row.id) ids.add(row.id);
  for (const row of await test.db.eventDelivery.findMany({ where: { event: { tenantId: tenant.a } } })) ids.add(row.id);
  aIds = [...ids];
  aMarkers = [...aIds, "owner@acme.test", "https://acme.example/hook", "acme role", "tbx_acme"];
}, 60_000);
afterAll(async () => {
  setDb(undefined);
  await test.close();
});

const procedures = () => Object.entries(appRouter._def.procedures as unknown as Record<string, Procedure>);

/** Fields a generic sample can't get right (an empty patch is refused before the id lookup). */
const validExtras: Record<string, object> = {
  "users.update": { patch: { name: "Renamed by B" } },
};

/**
 * Creates whose only id-like field is the new row's own slug (nothing of A's is referenced): B
 * creating its own "acme" bundle is correct. A's rows are still compared before and after; the
 * catalogue's core tests cover that these creates are tenant-scoped.
 */
const createsByOwnSlug = new Set(["billing.catalogue.admin.addOns.create", "billing.catalogue.admin.bundles.create"]);

/** What a refusal may look like: the row doesn't exist for B, or B may not do this at all. */
async function outcome(call: Promise<unknown>): Promise<{ code: string } | { value: unknown }> {
  try {
    return { value: await call };
  } catch (error) {
    return { code: error instanceof TRPCError ? error.code : `THROWN ${String(error)}` };
  }
}

describe("cross-tenant isolation through every router", () => {
  it("finds procedures taking ids in the core, identity and plugin namespaces", () => {
    const withIds = procedures().filter(([, procedure]) => procedure._def.inputs.some((input) => takesId(input)));
    const namespaces = new Set(withIds.map(([path]) => path.split(".")[0]));
    for (const namespace of ["events", "tenants", "webhooks", "plugins"]) expect(namespaces).toContain(namespace);
    expect(withIds.length).toBeGreaterThan(10);
  });

  it("tenant B gets NOT_FOUND/FORBIDDEN (or nothing of A's) for every id of A, and A's rows never change", async () => {
    const before = await snapshotOfA();
    const asB = callAs(tenant.b);
    const failures: string[] = [];
    // Slug-keyed procedures (plugins.*, tenants.create) get a plugin slug and A's slug.
    const slugs = ["webhooks", "acme"];
    const candidates: Candidate[] = aIds.map((id, index) => ({ id, slug: slugs[index % slugs.length]! }));
    for (const [path, procedure] of procedures()) {
      const schema = procedure._def.inputs[0];
      if (!schema || !takesId(schema) || procedure._def.type === "subscription" || createsByOwnSlug.has(path)) continue;
      for (const candidate of candidates) {
        const input = { ...(sampleInput(schema, candidate) as object), ...validExtras[path] };
        const result = await outcome(procedureAt(asB, path)(input));
        const label = `${path}(${JSON.stringify(input)})`;
        if ("code" in result) {
          if (!["NOT_FOUND", "FORBIDDEN"].includes(result.code)) failures.push(`${label}: ${result.code}`);
          continue;
        }
        const echoed = new Set([candidate.id, candidate.slug]);
        const leaked = aMarkers.filter((marker) => !echoed.has(marker) && JSON.stringify(result.value ?? null).includes(marker));
        if (procedure._def.type === "mutation") failures.push(`${label} succeeded as tenant B`);
        else if (leaked.length > 0) failures.push(`${label} returned A's ${leaked.join(", ")}`);
      }
    }
    expect(failures).toEqual([]);
    expect(await snapshotOfA()).toEqual(before);
  }, 120_000);

  it("list-style queries as B never return A's rows", async () => {
    const asB = callAs(tenant.b);
    const failures: string[] = [];
    let listed = 0;
    for (const [path, procedure] of procedures()) {
      const schema = procedure._def.inputs[0];
      if (procedure._def.type !== "query" || (schema && takesId(schema))) continue;
      const result = await outcome(procedureAt(asB, path)(schema ? sampleInput(schema, { id: "", slug: "" }) : undefined));
      if ("code" in result) continue;
      listed += 1;
      const leaked = aMarkers.filter((marker) => JSON.stringify(result.value ?? null).includes(marker));
      if (leaked.length > 0) failures.push(`${path} returned A's ${leaked.join(", ")}`);
    }
    expect(failures).toEqual([]);
    expect(listed).toBeGreaterThan(5);
  }, 60_000);

  it("control: as tenant A the same reads do find A's rows (the ids used above are real)", async () => {
    const asA = callAs(tenant.a);
    const endpoint = await test.db.webhookEndpoint.findFirstOrThrow({ where: { tenantId: tenant.a } });
    expect((await asA.webhooks.endpoints.get({ id: endpoint.id })).url).toBe("https://acme.example/hook");
    expect((await asA.tenants.current()).tenant?.id).toBe(tenant.a);
    expect(JSON.stringify(await asA.events.list({ limit: 50 }))).toContain("probe.happened");
  });
});
