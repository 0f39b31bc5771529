import type { Db, Tx } from "@tillbox/db";
import { recordAudit } from "../../audit/record-audit";
import { DomainError } from "../../errors";
import { isBuiltinRoleKey } from "./builtin-roles";
import { auditOrigin, type AccessActor } from "./permissions";
import { scopeChanges, validateRoleScopes } from "./role-scopes";
import { isUuid } from "./uuid";

export interface RoleView {
  id: string;
  key: string;
  name: string;
  description: string | null;
  builtin: boolean;
  scopes: string[];
  userCount: number;
}

const roleSelect = {
  id: true,
  key: true,
  name: true,
  description: true,
  builtin: true,
  scopes: true,
  _count: { select: { users: true } },
} as const;

type RoleRow = { id: string; key: string; name: string; description: string | null; builtin: boolean; scopes: string[]; _count: { users: number } };

const view = ({ _count, ...role }: RoleRow): RoleView => ({ ...role, userCount: _count.users });

/** Built-ins first (owner, admin, support, user), then custom roles by name. */
export async function listRoles(db: Db, tenantId: string): Promise<RoleView[]> {
  const rows = await db.role.findMany({ where: { tenantId }, select: roleSelect, orderBy: { name: "asc" } });
  const rank = (key: string) => ["owner", "admin", "support", "user"].indexOf(key);
  return rows.map(view).sort((a, b) => (a.builtin === b.builtin ? (a.builtin ? rank(a.key) - rank(b.key) : 0) : a.builtin ? -1 : 1));
}

export async function getRole(db: Db, tenantId: string, id: string): Promise<RoleView> {
  const row = isUuid(id) ? await db.role.findFirst({ where: { id, tenantId }, select: roleSelect }) : null;
  if (!row) throw new DomainError("ROLE_NOT_FOUND", `No role with id "${id}" (field: id).`, "NOT_FOUND");
  return view(row);
}

export interface RoleInput {
  key: string;
  name: string;
  description?: string | null;
  scopes: string[];
}

export async function createRole(db: Db, actor: AccessActor, input: RoleInput, allScopes: readonly string[]): Promise<RoleView> {
  if (isBuiltinRoleKey(input.key)) {
    throw new DomainError("ROLE_KEY_RESERVED", `"${input.key}" is a built-in role (field: key).`, "CONFLICT");
  }
  const scopes = validateRoleScopes({ key: input.key, scopes: [] }, input.scopes, actor.permissions, allScopes);
  return db.$transaction(async (tx) => {
    const taken = await tx.role.findUnique({ where: { tenantId_key: { tenantId: actor.tenantId, key: input.key } } });
    if (taken) throw new DomainError("ROLE_KEY_TAKEN", `A role with key "${input.key}" exists (field: key).`, "CONFLICT");
    const role = await tx.role.create({
      data: { tenantId: actor.tenantId, key: input.key, name: input.name, description: input.description ?? null, scopes },
      select: roleSelect,
    });
    await recordAudit(tx, { ...auditOrigin(actor), action: "role.create", targetType: "role", targetId: role.id, data: { key: role.key, scopes } });
    return view(role);
  });
}

export interface RolePatch {
  name?: string;
  description?: string | null;
  scopes?: string[];
}

export async function updateRole(db: Db, actor: AccessActor, id: string, patch: RolePatch, allScopes: readonly string[]): Promise<RoleView> {
  return db.$transaction(async (tx) => {
    const role = await findRole(tx, actor.tenantId, id);
    const scopes = patch.scopes ? validateRoleScopes(role, patch.scopes, actor.permissions, allScopes) : undefined;
    const updated = await tx.role.update({
      where: { id: role.id },
      data: { name: patch.name, description: patch.description, scopes },
      select: roleSelect,
    });
    await recordAudit(tx, {
      ...auditOrigin(actor),
      action: "role.update",
      targetType: "role",
      targetId: role.id,
      data: { key: role.key, name: patch.name ?? null, ...(scopes ? scopeChanges(role.scopes, scopes) : {}) },
    });
    return view(updated);
  });
}

/** Built-in roles stay; a custom role's assignments go with it. */
export async function deleteRole(db: Db, actor: AccessActor, id: string): Promise<void> {
  await db.$transaction(async (tx) => {
    const role = await findRole(tx, actor.tenantId, id);
    if (role.builtin) throw new DomainError("ROLE_BUILTIN", `The built-in role "${role.key}" can't be deleted.`, "CONFLICT");
    const users = await tx.userRole.count({ where: { roleId: role.id } });
    await tx.role.delete({ where: { id: role.id } });
    await recordAudit(tx, { ...auditOrigin(actor), action: "role.delete", targetType: "role", targetId: role.id, data: { key: role.key, users } });
  });
}

export async function findRole(tx: Tx, tenantId: string, id: string) {
  const role = isUuid(id) ? await tx.role.findFirst({ where: { id, tenantId } }) : null;
  if (!role) throw new DomainError("ROLE_NOT_FOUND", `No role with id "${id}" (field: id).`, "NOT_FOUND");
  return role;
}
