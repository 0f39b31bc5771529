/**
 * REST clients act with an API key's scopes, never its owner's: an owner's key narrowed to a few
 * scopes is refused (403, `Missing permission`) by every procedure and REST route whose declared
 * permission it doesn't carry, and reaches the rest. The expectation is computed from each
 * procedure's meta, so a new procedure is covered without editing this file. A key also loses what
 * its owner loses (a demotion narrows the key at once).
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createApiKey, resolvePermissions } from "@tillbox/core";
import { setDb } from "@tillbox/db";
import { createTestDb, type TestDb } from "@tillbox/db/testing";
import { handleRestRequest } from "../../src";
import { allScopes } from "../../src/access";
import { resolveRestRoutes, restRoutes } from "../../src/rest";
import { appRouter } from "../../src/root";
import { callTrpc, createUserWithRole, prepareTenant, procedureTable, releaseTenant, tenantId } from "./security-helpers";

let t: TestDb;
let ownerId = "";

beforeAll(async () => {
  t = await createTestDb();
  setDb(t.db);
  await prepareTenant(t.db);
  ownerId = (await createUserWithRole(t.db, "owner", "key-owner@security.test")).id;
});
afterAll(async () => {
  releaseTenant();
  setDb(undefined);
  await t.close();
});

async function keyWith(scopes: string[]): Promise<string> {
  const permissions = await resolvePermissions(t.db, ownerId, allScopes());
  return (await createApiKey(t.db, { tenantId, actorId: ownerId, permissions }, { name: `narrow ${scopes.join(" ")}`, scopes }, allScopes())).key;
}

/** Whether the declared permission lets a key holding `scopes` in: public and signed-in always do. */
const admits = (permission: string, scopes: ReadonlySet<string>) => permission === "public" || permission === "signed-in" || scopes.has(permission);

const refusedFor = (permission: string) => `403 FORBIDDEN Missing permission "${permission}".`;

/** Every procedure called with the key and no input: refused by the permission check exactly when the meta says so. */
async function procedureMismatches(key: string, scopes: ReadonlySet<string>): Promise<{ mismatches: string[]; refused: number }> {
  const mismatches: string[] = [];
  let refused = 0;
  for (const procedure of procedureTable()) {
    const answer = await callTrpc({ path: procedure.path, type: procedure.type, apiKey: key });
    const outcome = `${answer.status} ${answer.error?.code ?? "OK"} ${answer.error?.message ?? ""}`.trim();
    const byPermission = outcome === refusedFor(procedure.permission);
    if (byPermission) refused += 1;
    if (admits(procedure.permission, scopes) === byPermission || answer.status === 401 || answer.status >= 500) {
      mismatches.push(`${procedure.path} (${procedure.permission}): ${outcome}`);
    }
  }
  return { mismatches, refused };
}

/** The same over /api/v1: a route the key's scopes don't admit answers 403 before reading its input. */
async function restMismatches(key: string, scopes: ReadonlySet<string>): Promise<string[]> {
  const mismatches: string[] = [];
  for (const route of resolveRestRoutes(appRouter, restRoutes).routes) {
    const path = route.pattern.params.reduce((template, name) => template.replace(`{${name}}`, crypto.randomUUID()), route.pattern.template);
    const body = route.method === "GET" || route.method === "DELETE" ? undefined : "{}";
    const headers: Record<string, string> = { authorization: `Bearer ${key}`, ...(body ? { "content-type": "application/json" } : {}) };
    const response = await handleRestRequest(new Request(`http://localhost/api/v1${path}`, { method: route.method, headers, body }));
    const refused =
      response.status === 403 && ((await response.json()) as { error: { message: string } }).error.message === `Missing permission "${route.permission}".`;
    if (admits(route.permission, scopes) === refused || response.status === 401 || response.status >= 500)
      mismatches.push(`${route.method} ${route.pattern.template}: ${response.status}`);
  }
  return mismatches;
}

describe("an API key narrowed to a few scopes", () => {
  it.each([
    [["billing:read"]],
    [["webhooks:read", "users:read"]],
    // A manage scope doesn't bring its read scope along: each procedure names exactly one.
    [["catalogue:manage"]],
    [["api-keys:manage", "audit:read"]],
  ])(
    "with %j is refused everything its scopes don't name, and nothing else",
    async (scopes) => {
      const key = await keyWith(scopes);
      const held = new Set(scopes);
      const { mismatches, refused } = await procedureMismatches(key, held);
      expect(mismatches).toEqual([]);
      const closed = procedureTable().filter((procedure) => !admits(procedure.permission, held)).length;
      expect(refused).toBe(closed);
      expect(closed).toBeGreaterThan(procedureTable().length / 2);
      expect(await restMismatches(key, held)).toEqual([]);
    },
    60_000,
  );

  it("loses the scopes its owner loses: an owner's roles:manage key demoted to support reaches only what both hold", async () => {
    const key = await keyWith(["roles:manage", "roles:read", "billing:read", "users:impersonate"]);
    const support = await t.db.role.findUniqueOrThrow({ where: { tenantId_key: { tenantId, key: "support" } } });
    await t.db.userRole.deleteMany({ where: { userId: ownerId } });
    await t.db.userRole.create({ data: { tenantId, userId: ownerId, roleId: support.id } });
    const ownerNow = await resolvePermissions(t.db, ownerId, allScopes());
    const effective = new Set(["roles:manage", "roles:read", "billing:read", "users:impersonate"].filter((scope) => ownerNow.has(scope)));
    expect(effective.has("roles:manage")).toBe(false);
    expect(effective.size).toBeGreaterThan(0);
    const { mismatches } = await procedureMismatches(key, effective);
    expect(mismatches).toEqual([]);
  }, 60_000);
});
