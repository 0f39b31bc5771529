import type { Db } from "@tillbox/db";
import { recordAudit } from "../../audit/record-audit";
import { DomainError } from "../../errors";
import { auditOrigin, type AccessActor } from "./permissions";
import { findRole, listRoles } from "./roles-service";
import { scopeChanges, validateRoleScopes } from "./role-scopes";
import { ALL_SCOPES, catalogueScopes, type ScopeGroup } from "./scope-catalogue";

export interface RoleMatrix {
  /** Columns: scopes grouped by owner (core, then each plugin). */
  groups: ScopeGroup[];
  /** Rows: each role with the catalogue scopes it holds ("*" expanded); `locked` rows can't be edited. */
  roles: { id: string; key: string; name: string; builtin: boolean; locked: boolean; scopes: string[] }[];
}

export async function readRoleMatrix(db: Db, tenantId: string, catalogue: readonly ScopeGroup[]): Promise<RoleMatrix> {
  const all = catalogueScopes(catalogue);
  const roles = await listRoles(db, tenantId);
  return {
    groups: [...catalogue],
    roles: roles.map((role) => ({
      id: role.id,
      key: role.key,
      name: role.name,
      builtin: role.builtin,
      locked: role.key === "owner",
      scopes: role.scopes.includes(ALL_SCOPES) ? all : all.filter((scope) => role.scopes.includes(scope)),
    })),
  };
}

export interface MatrixChange {
  roleId: string;
  scope: string;
  granted: boolean;
}

/** Applies cell toggles in one transaction: all of them or none; one audit entry per changed role. */
export async function updateRoleMatrix(db: Db, actor: AccessActor, changes: readonly MatrixChange[], catalogue: readonly ScopeGroup[]): Promise<RoleMatrix> {
  const all = catalogueScopes(catalogue);
  const byRole = new Map<string, MatrixChange[]>();
  for (const change of changes) byRole.set(change.roleId, [...(byRole.get(change.roleId) ?? []), change]);
  await db.$transaction(async (tx) => {
    for (const [roleId, roleChanges] of byRole) {
      const role = await findRole(tx, actor.tenantId, roleId);
      if (role.key === "owner") {
        throw new DomainError("OWNER_SCOPES_LOCKED", "The owner role always holds every scope (field: changes).", "CONFLICT");
      }
      const next = new Set(role.scopes);
      for (const change of roleChanges) {
        if (change.granted) next.add(change.scope);
        else next.delete(change.scope);
      }
      const scopes = validateRoleScopes(role, [...next], actor.permissions, all);
      const diff = scopeChanges(role.scopes, scopes);
      if (diff.added.length === 0 && diff.removed.length === 0) continue;
      await tx.role.update({ where: { id: role.id }, data: { scopes } });
      await recordAudit(tx, { ...auditOrigin(actor), action: "role.scopes.update", targetType: "role", targetId: role.id, data: { key: role.key, ...diff } });
    }
  });
  return readRoleMatrix(db, actor.tenantId, catalogue);
}
