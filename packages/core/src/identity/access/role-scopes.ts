import { DomainError } from "../../errors";
import { holdsAll, type Permissions } from "./permissions";
import { ALL_SCOPES } from "./scope-catalogue";

/**
 * Validates a role's next scope list against the catalogue and the caller's own permissions.
 * Only additions are checked against the catalogue, so scopes of an uninstalled plugin can still be removed.
 */
export function validateRoleScopes(
  role: { key: string; scopes: readonly string[] },
  next: readonly string[],
  permissions: Permissions,
  allScopes: readonly string[],
): string[] {
  const unique = [...new Set(next)];
  if (role.key === "owner") {
    if (unique.length !== 1 || unique[0] !== ALL_SCOPES) {
      throw new DomainError("OWNER_SCOPES_LOCKED", "The owner role always holds every scope (field: scopes).", "CONFLICT");
    }
    return unique;
  }
  const known = new Set(allScopes);
  const added = unique.filter((scope) => !role.scopes.includes(scope));
  for (const scope of added) {
    if (!known.has(scope)) {
      throw new DomainError("UNKNOWN_SCOPE", `Unknown scope "${scope}" (field: scopes).`, "BAD_REQUEST");
    }
  }
  if (!holdsAll(permissions, added, allScopes)) {
    throw new DomainError("SCOPE_NOT_HELD", "You can only grant scopes you hold yourself (field: scopes).", "FORBIDDEN");
  }
  return unique.sort();
}

export function scopeChanges(before: readonly string[], after: readonly string[]) {
  return {
    added: after.filter((scope) => !before.includes(scope)),
    removed: before.filter((scope) => !after.includes(scope)),
  };
}
