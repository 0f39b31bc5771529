import { createApiKey, ensureBuiltinRoles, resolvePermissions } from "@tillbox/core";
import { sessionClaims } from "@tillbox/auth/session";
import type { Db } from "@tillbox/db";
import { allScopes } from "../../src/access";

export const tenantId = "default";

/** A user holding a built-in role, with a session (as Auth.js hands it over) and a way to mint API keys. */
export async function restUser(db: Db, role: "owner" | "admin" | "support" | "user", email: string) {
  await ensureBuiltinRoles(db, tenantId, allScopes());
  const { id: roleId } = await db.role.findUniqueOrThrow({ where: { tenantId_key: { tenantId, key: role } } });
  const user = await db.user.create({ data: { tenantId, email, roles: { create: { roleId } } } });
  const session = { claims: sessionClaims({ ...user, roles: [role] }) };
  // Customers (role "user") hold no scope, and createApiKey only hands out scopes the creator
  // holds: a customer's key is issued here as if an operator had granted the scope.
  const apiKey = async (scopes: string[]) => {
    const permissions = role === "user" ? ("all" as const) : await resolvePermissions(db, user.id, allScopes());
    return (await createApiKey(db, { tenantId, actorId: user.id, permissions }, { name: `test ${scopes.join(" ")}`, scopes }, allScopes())).key;
  };
  return { user, session, apiKey };
}

export function restRequest(path: string, init: { method?: string; key?: string; body?: unknown; headers?: Record<string, string> } = {}): Request {
  const headers: Record<string, string> = { ...init.headers };
  if (init.key) headers.authorization = `Bearer ${init.key}`;
  if (init.body !== undefined) headers["content-type"] ??= "application/json";
  return new Request(`http://localhost/api/v1${path}`, {
    method: init.method ?? "GET",
    headers,
    body: init.body === undefined ? undefined : typeof init.body === "string" ? init.body : JSON.stringify(init.body),
  });
}
