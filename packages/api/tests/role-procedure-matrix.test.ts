import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { TRPCError } from "@trpc/server";
import { BUILTIN_ROLE_KEYS, ensureBuiltinRoles } from "@tillbox/core";
import { createTestDb, type TestDb } from "@tillbox/db/testing";
import { createCallerFactory, hasPermission, SIGNED_IN, type Actor } from "@tillbox/trpc";
import { actorForUser, allScopes } from "../src/access";
import { createContext } from "../src/context";
import { pluginServiceFor } from "../src/plugin-runtime";
import { appRouter } from "../src/root";

type ProcedureRecord = Record<string, { _def: { meta?: { permission?: string } } }>;
type Callable = (input?: unknown) => Promise<unknown>;

const procedures = Object.entries(appRouter._def.procedures as unknown as ProcedureRecord);
const tenantId = "default";
let t: TestDb;
const actors = new Map<string, Actor>();

beforeAll(async () => {
  t = await createTestDb();
  // Plugins enabled, so their procedures get past the plugin gate like in production.
  await pluginServiceFor(t.db).boot({ tenantId, actorId: null });
  await ensureBuiltinRoles(t.db, tenantId, allScopes());
  for (const key of BUILTIN_ROLE_KEYS) {
    const role = await t.db.role.findUniqueOrThrow({ where: { tenantId_key: { tenantId, key } } });
    const user = await t.db.user.create({ data: { tenantId, email: `${key}@matrix.test`, roles: { create: { roleId: role.id } } } });
    actors.set(key, await actorForUser(t.db, user.id));
  }
}, 60_000);

afterAll(async () => {
  await t?.close();
});

/** Calls `path` with no input; the outcome is the tRPC error code, or "OK". */
async function outcome(actor: Actor, path: string): Promise<string> {
  const caller = createCallerFactory(appRouter)(createContext({ headers: new Headers({ "user-agent": "matrix" }), db: t.db, actor }));
  const procedure = path.split(".").reduce<unknown>((node, segment) => (node as Record<string, unknown>)[segment], caller) as Callable;
  try {
    await procedure(undefined);
    return "OK";
  } catch (error) {
    if (error instanceof TRPCError) return error.code === "FORBIDDEN" && /Missing permission/.test(error.message) ? "REFUSED" : error.code;
    throw error;
  }
}

/** The same rule the procedures apply: scopes, plus "public" and "signed-in" (every role's user is signed in). */
function holds(actor: Actor, permission: string): boolean {
  return hasPermission(actor, permission);
}

describe("built-in role × procedure matrix", () => {
  it.each(BUILTIN_ROLE_KEYS)(
    "%s is refused exactly the procedures whose scope it lacks",
    async (key) => {
      const actor = actors.get(key)!;
      const mismatches: string[] = [];
      let refused = 0;
      for (const [path, procedure] of procedures) {
        const permission = procedure._def.meta!.permission!;
        const result = await outcome(actor, path);
        // Only the permission check may answer FORBIDDEN here: invalid input, missing rows etc. came after it.
        if (result === "FORBIDDEN") mismatches.push(`${path}: FORBIDDEN from a later check; give the test a valid input`);
        if ((result === "REFUSED") !== !holds(actor, permission)) mismatches.push(`${path} (${permission}): ${result}`);
        if (result === "REFUSED") refused += 1;
      }
      expect(mismatches).toEqual([]);
      const restricted = procedures.filter(([, procedure]) => !["public", SIGNED_IN].includes(procedure._def.meta!.permission!)).length;
      if (key === "owner") expect(refused).toBe(0);
      if (key === "user") expect(refused).toBe(restricted);
      if (key === "admin" || key === "support") expect(refused).toBeGreaterThan(0);
    },
    120_000,
  );

  it("documents the defaults: admins can't edit the matrix; support reads and impersonates but can't manage", () => {
    const admin = actors.get("admin")!;
    const support = actors.get("support")!;
    expect(holds(admin, "roles:manage")).toBe(false);
    expect(holds(admin, "users:manage")).toBe(true);
    expect(holds(admin, "webhooks:manage")).toBe(true);
    expect(holds(support, "users:impersonate")).toBe(true);
    expect(holds(support, "users:read") && holds(support, "webhooks:read")).toBe(true);
    expect(holds(support, "users:manage") || holds(support, "plugins:manage")).toBe(false);
    expect(actors.get("user")!.permissions).toEqual(new Set());
    expect(actors.get("owner")!.permissions).toEqual(new Set(allScopes()));
  });
});
