/**
 * Pending edits of the role × scope matrix: a map of cells the operator flipped, so the grid
 * shows what will be saved and "Save" sends only real changes (flipping twice cancels out).
 */
export type PendingCells = ReadonlyMap<string, boolean>;

export const cellKey = (roleId: string, scope: string) => `${roleId} ${scope}`;

export function toggleCell(pending: PendingCells, role: { id: string; scopes: readonly string[] }, scope: string, granted: boolean): Map<string, boolean> {
  const next = new Map(pending);
  const key = cellKey(role.id, scope);
  if (role.scopes.includes(scope) === granted) next.delete(key);
  else next.set(key, granted);
  return next;
}

export function isGranted(pending: PendingCells, role: { id: string; scopes: readonly string[] }, scope: string): boolean {
  return pending.get(cellKey(role.id, scope)) ?? role.scopes.includes(scope);
}

export function pendingChanges(pending: PendingCells): { roleId: string; scope: string; granted: boolean }[] {
  return [...pending].map(([key, granted]) => {
    const [roleId = "", scope = ""] = key.split(" ");
    return { roleId, scope, granted };
  });
}

/** Sets a whole group column for one role at once ("grant all core scopes to support"). */
export function setGroup(
  pending: PendingCells,
  role: { id: string; scopes: readonly string[] },
  scopes: readonly string[],
  granted: boolean,
): Map<string, boolean> {
  return scopes.reduce<Map<string, boolean>>((next, scope) => toggleCell(next, role, scope, granted), new Map(pending));
}
