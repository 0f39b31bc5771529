import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { createTestDb, type TestDb } from "@tillbox/db/testing";
import { DomainError } from "../errors";
import { invalidateTenantRoutes, ROUTE_CACHE_TTL_MS } from "./route-table";
import { resolveTenant } from "./resolve-tenant";
import { createTenantService } from "./tenant-service";

let test: TestDb;
const origin = { tenantId: "default", actorId: "operator" };
const options = { baseDomain: "tillbox.localhost", defaultTenantId: "default" };
const tenants: Record<string, string> = {};

beforeAll(async () => {
  test = await createTestDb();
  const service = createTenantService(test.db);
  for (const slug of ["acme", "globex", "initech"]) tenants[slug] = (await service.create({ slug, name: slug.toUpperCase() }, origin)).id;
  await service.createRoute({ tenantId: tenants.acme!, kind: "exact_domain", value: "shop.acme.com" }, origin);
  await service.createRoute({ tenantId: tenants.globex!, kind: "subdomain", value: "globex" }, origin);
  await service.createRoute({ tenantId: tenants.acme!, kind: "subdomain", value: "acme" }, origin);
  await service.createRoute({ tenantId: tenants.globex!, kind: "path_prefix", value: "/shops" }, origin);
  await service.createRoute({ tenantId: tenants.initech!, kind: "path_prefix", value: "/shops/initech" }, origin);
});
afterAll(() => test.close());
afterEach(() => vi.useRealTimers());

const resolve = (host: string | null, path = "/") => resolveTenant(test.db, { host, path }, options);

describe("resolveTenant", () => {
  it("matches the exact domain first, port and case ignored", async () => {
    expect(await resolve("SHOP.acme.com:3000", "/shops/initech")).toEqual({ tenantId: tenants.acme, matchedBy: "exact_domain" });
  });

  it("then a one-label subdomain of the base domain", async () => {
    expect(await resolve("globex.tillbox.localhost:3000")).toEqual({ tenantId: tenants.globex, matchedBy: "subdomain" });
    expect((await resolve("x.acme.tillbox.localhost")).matchedBy).toBe("default");
    expect((await resolveTenant(test.db, { host: "acme.tillbox.localhost" }, { ...options, baseDomain: null })).matchedBy).toBe("default");
  });

  it("then the longest path prefix, on segment boundaries", async () => {
    expect(await resolve("localhost:3000", "/shops/initech/cart")).toMatchObject({ tenantId: tenants.initech, prefix: "/shops/initech" });
    expect(await resolve("localhost:3000", "/shops/initechx")).toMatchObject({ tenantId: tenants.globex, prefix: "/shops" });
    expect(await resolve("localhost", "/Shops")).toMatchObject({ tenantId: tenants.globex });
    expect((await resolve("localhost", "/shopsx")).matchedBy).toBe("default");
  });

  it("falls back to the default tenant for unknown hosts", async () => {
    expect(await resolve("unknown.example.org", "/pricing")).toEqual({ tenantId: "default", matchedBy: "default" });
    expect(await resolve(null, null as never)).toEqual({ tenantId: "default", matchedBy: "default" });
  });

  it("caches rules in-process: a direct write is seen after invalidation or after the TTL", async () => {
    await resolve("cached.example.org");
    await test.db.tenantRoute.create({ data: { tenantId: tenants.initech!, kind: "exact_domain", value: "cached.example.org" } });
    expect((await resolve("cached.example.org")).matchedBy).toBe("default");
    invalidateTenantRoutes();
    expect((await resolve("cached.example.org")).tenantId).toBe(tenants.initech);

    await test.db.tenantRoute.deleteMany({ where: { value: "cached.example.org" } });
    expect((await resolve("cached.example.org")).tenantId).toBe(tenants.initech);
    vi.useFakeTimers({ toFake: ["Date"] });
    vi.setSystemTime(Date.now() + ROUTE_CACHE_TTL_MS + 1);
    expect((await resolve("cached.example.org")).matchedBy).toBe("default");
  });

  it("sees a rule written through the service at once (the service invalidates)", async () => {
    const service = createTenantService(test.db);
    expect((await resolve("new.acme.com")).matchedBy).toBe("default");
    const route = await service.createRoute({ tenantId: tenants.acme!, kind: "exact_domain", value: "new.acme.com" }, origin);
    expect((await resolve("new.acme.com")).tenantId).toBe(tenants.acme);
    await service.deleteRoute(route.id, origin);
    expect((await resolve("new.acme.com")).matchedBy).toBe("default");
  });
});

describe("tenant service", () => {
  const service = () => createTenantService(test.db);
  const rejection = async (promise: Promise<unknown>) => {
    const error = await promise.then(
      () => undefined,
      (caught: unknown) => caught,
    );
    expect(error).toBeInstanceOf(DomainError);
    return error as DomainError;
  };

  it("creates tenants with an audit entry and refuses a duplicate slug with CONFLICT", async () => {
    const tenant = await service().create({ slug: " Umbrella ", name: "Umbrella Corp" }, origin);
    expect(tenant.slug).toBe("umbrella");
    const audit = await test.db.auditLog.findFirst({ where: { action: "tenant.create", targetId: tenant.id } });
    expect(audit).toMatchObject({ tenantId: "default", actorId: "operator" });
    const duplicate = await rejection(service().create({ slug: "umbrella", name: "Again" }, origin));
    expect(duplicate).toMatchObject({ code: "TENANT_SLUG_TAKEN", status: "CONFLICT" });
    expect((await rejection(service().create({ slug: "no spaces", name: "x" }, origin))).message).toMatch(/^slug:/);
  });

  it("runs creation hooks in the tenant's transaction: a failing hook leaves no tenant", async () => {
    const failing = createTenantService(test.db, {
      onTenantCreated: [
        async (tx, tenant) => void (await tx.role.create({ data: { tenantId: tenant.id, key: "owner", name: "Owner" } })),
        async () => {
          throw new Error("hook failed");
        },
      ],
    });
    await expect(failing.create({ slug: "doomed", name: "Doomed" }, origin)).rejects.toThrow("hook failed");
    expect(await test.db.tenant.count({ where: { slug: "doomed" } })).toBe(0);
    expect(await test.db.role.count({ where: { key: "owner", tenant: { slug: "doomed" } } })).toBe(0);
  });

  it("validates rules, refuses duplicates and unknown tenants, and audits every change", async () => {
    const bad = await rejection(service().createRoute({ tenantId: tenants.acme!, kind: "path_prefix", value: "acme" }, origin));
    expect(bad).toMatchObject({ code: "TENANT_ROUTE_INVALID", status: "BAD_REQUEST" });
    expect(bad.message).toMatch(/^value:/);
    const taken = await rejection(service().createRoute({ tenantId: tenants.initech!, kind: "subdomain", value: "ACME" }, origin));
    expect(taken).toMatchObject({ code: "TENANT_ROUTE_TAKEN", status: "CONFLICT" });
    const unknown = await rejection(service().createRoute({ tenantId: "ghost", kind: "subdomain", value: "ghost" }, origin));
    expect(unknown).toMatchObject({ code: "TENANT_NOT_FOUND", status: "NOT_FOUND" });

    const route = await service().createRoute({ tenantId: tenants.initech!, kind: "subdomain", value: "initech", priority: 5 }, origin);
    // Changing the kind re-validates the stored value for the new kind.
    expect((await rejection(service().updateRoute(route.id, { kind: "path_prefix" }, origin))).code).toBe("TENANT_ROUTE_INVALID");
    const moved = await service().updateRoute(route.id, { kind: "path_prefix", value: "/initech" }, origin);
    expect(moved).toMatchObject({ kind: "path_prefix", value: "/initech", priority: 5 });
    expect((await rejection(service().updateRoute(route.id, { value: "/shops" }, origin))).status).toBe("CONFLICT");
    await service().deleteRoute(route.id, origin);
    expect((await rejection(service().deleteRoute(route.id, origin))).status).toBe("NOT_FOUND");
    const actions = (await test.db.auditLog.findMany({ where: { targetId: route.id } })).map((row) => row.action);
    expect(actions.sort()).toEqual(["tenant.route.create", "tenant.route.delete", "tenant.route.update"]);
  });
});
