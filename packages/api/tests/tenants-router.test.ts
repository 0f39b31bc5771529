import { afterAll, beforeAll, describe, expect, it } from "vitest";
import superjson from "superjson";
import { setDb } from "@tillbox/db";
import { createTestDb, type TestDb } from "@tillbox/db/testing";
import { handleTRPCRequest, requestTenantId, tenantRequestOf, type RequestSession } from "../src";
import { ownerSession } from "./owner-session";

let test: TestDb;
let owner: RequestSession;
const previousBase = process.env.TILLBOX_BASE_DOMAIN;

beforeAll(async () => {
  test = await createTestDb();
  setDb(test.db);
  process.env.TILLBOX_BASE_DOMAIN = "tillbox.localhost";
  owner = await ownerSession(test.db);
});
afterAll(async () => {
  setDb(undefined);
  if (previousBase === undefined) delete process.env.TILLBOX_BASE_DOMAIN;
  else process.env.TILLBOX_BASE_DOMAIN = previousBase;
  await test.close();
});

async function call(
  path: string,
  input: unknown,
  options: { host?: string; forwardedHost?: string; method?: "GET" | "POST"; referer?: string; session?: RequestSession | null } = {},
) {
  const host = options.host ?? "localhost:3001";
  const headers = new Headers({ host, origin: `http://${host}`, "content-type": "application/json" });
  if (options.referer) headers.set("referer", options.referer);
  if (options.forwardedHost) headers.set("x-forwarded-host", options.forwardedHost);
  const base = `http://${options.host ?? "localhost:3001"}/api/trpc/${path}`;
  const request =
    options.method === "GET"
      ? new Request(input === undefined ? base : `${base}?input=${encodeURIComponent(JSON.stringify(superjson.serialize(input)))}`, { headers })
      : new Request(base, { method: "POST", headers, body: JSON.stringify(superjson.serialize(input)) });
  const response = await handleTRPCRequest(request, { session: options.session === undefined ? owner : options.session });
  const body = await response.json();
  return { status: response.status, data: body.result ? superjson.deserialize<any>(body.result.data) : undefined, error: body.error?.json }; // eslint-disable-line @typescript-eslint/no-explicit-any
}

describe("tenants router over HTTP", () => {
  let acmeId = "";

  it("lets the platform tenant create tenants and rules, audited", async () => {
    const created = await call("tenants.create", { slug: "acme", name: "Acme" });
    expect(created.status).toBe(200);
    acmeId = created.data.id;
    const route = await call("tenants.routes.create", { tenantId: acmeId, kind: "subdomain", value: "Acme" });
    expect(route.data).toMatchObject({ kind: "subdomain", value: "acme", tenantId: acmeId });
    await call("tenants.routes.create", { tenantId: acmeId, kind: "path_prefix", value: "/acme" });
    expect(await test.db.auditLog.count({ where: { tenantId: "default", action: { startsWith: "tenant." } } })).toBe(3);
    const list = await call("tenants.list", undefined, { method: "GET" });
    expect(list.data.map((tenant: { slug: string }) => tenant.slug)).toEqual(["default", "acme"]);
  });

  it("answers bad values with 400 naming the field, duplicates with 409", async () => {
    const bad = await call("tenants.routes.create", { tenantId: acmeId, kind: "exact_domain", value: "https://acme.com/shop" });
    expect(bad.status).toBe(400);
    expect(bad.error.data.fieldErrors).toHaveProperty("value");
    const duplicate = await call("tenants.routes.create", { tenantId: acmeId, kind: "subdomain", value: "acme" });
    expect(duplicate.status).toBe(409);
    expect(duplicate.error.data.domainCode).toBe("TENANT_ROUTE_TAKEN");
    const slug = await call("tenants.create", { slug: "Not A Slug", name: "x" });
    expect(slug.error.data.fieldErrors).toHaveProperty("slug");
  });

  it("resolves each request's tenant from its host or its page's path", async () => {
    const session = await ownerSession(test.db, acmeId, "reader@acme.invalid");
    const bySubdomain = await call("tenants.current", undefined, { method: "GET", host: "acme.tillbox.localhost:3000", session });
    expect(bySubdomain.data.tenant.slug).toBe("acme");
    expect(bySubdomain.data.routes.map((route: { value: string }) => route.value).sort()).toEqual(["/acme", "acme"]);
    const byPath = await call("tenants.current", undefined, { method: "GET", referer: "http://localhost:3001/acme/settings", session });
    expect(byPath.data.tenant.slug).toBe("acme");
    const fallback = await call("tenants.current", undefined, { method: "GET", host: "unknown.example.org" });
    expect(fallback.data).toEqual({ tenant: expect.objectContaining({ id: "default" }), routes: [] });
  });

  it("refuses tenant administration from any other tenant with 403", async () => {
    const host = "acme.tillbox.localhost";
    // Acme's own owner: a default-tenant session means nothing on acme's host (another tenant → anonymous).
    const acmeOwner = await ownerSession(test.db, acmeId, "owner@acme.invalid");
    const defaultOwnerOnAcme = await call("tenants.list", undefined, { host, method: "GET" });
    expect([defaultOwnerOnAcme.status, defaultOwnerOnAcme.error.data.code]).toEqual([401, "UNAUTHORIZED"]);
    for (const [path, input, method] of [
      ["tenants.list", undefined, "GET"],
      ["tenants.create", { slug: "evil", name: "Evil" }, "POST"],
      ["tenants.routes.create", { tenantId: acmeId, kind: "exact_domain", value: "evil.example.com" }, "POST"],
      ["plugins.disable", { slug: "webhooks" }, "POST"],
    ] as const) {
      const response = await call(path, input, { host, method, session: acmeOwner });
      expect(response.status, path).toBe(403);
      expect(response.error.data.domainCode, path).toBe("PLATFORM_TENANT_ONLY");
    }
    expect(await test.db.tenant.count({ where: { slug: "evil" } })).toBe(0);
  });

  it("takes the tenant from Host in production, from X-Forwarded-Host only with AUTH_TRUST_HOST=true", async () => {
    const saved = { NODE_ENV: process.env.NODE_ENV, AUTH_TRUST_HOST: process.env.AUTH_TRUST_HOST };
    const acmeReader = await ownerSession(test.db, acmeId, "trust@acme.invalid");
    // The tenant the request lands in: a session of another tenant counts for nothing there (401).
    const current = async (session: RequestSession) => {
      const response = await call("tenants.current", undefined, { method: "GET", host: "localhost:3000", forwardedHost: "acme.tillbox.localhost", session });
      return response.status === 200 ? response.data.tenant.slug : response.status;
    };
    const signIn = () =>
      new Request("http://localhost:3000/api/auth/callback/credentials", { headers: { host: "localhost:3000", "x-forwarded-host": "acme.tillbox.localhost" } });
    try {
      process.env.NODE_ENV = "production";
      delete process.env.AUTH_TRUST_HOST;
      expect(await current(owner)).toBe("default");
      expect(await current(acmeReader)).toBe(401);
      expect(await requestTenantId(signIn(), test.db)).toBe("default");
      process.env.AUTH_TRUST_HOST = "true";
      expect(await current(acmeReader)).toBe("acme");
      expect(await requestTenantId(signIn(), test.db)).toBe(acmeId);
    } finally {
      for (const [key, value] of Object.entries(saved)) {
        if (value === undefined) delete process.env[key];
        else process.env[key] = value;
      }
    }
  });

  it("reads the forwarded host first and ignores a Referer from another host", () => {
    const headers = new Headers({ host: "internal:3000", "x-forwarded-host": "acme.tillbox.localhost, proxy", referer: "http://other.example/acme" });
    expect(tenantRequestOf(headers, "http://internal:3000/api/trpc/x")).toEqual({ host: "acme.tillbox.localhost", path: "/api/trpc/x" });
  });
});
