type ProcedureMap = Record<string, { _def: { meta?: { permission?: string } } }>;

let procedures: ProcedureMap | undefined;

/**
 * root.ts hands over the composed router once it is built; the roles router, which is part of it,
 * reads every procedure's declared permission from here instead of importing root (a cycle).
 */
export function registerProcedures(router: { _def: { procedures: unknown } }): void {
  procedures = router._def.procedures as ProcedureMap;
}

/** "billing.invoices.list" → "billing:read", or null for public procedures. */
export function declaredPermissions(): Record<string, string | null> {
  if (!procedures) throw new Error("The app router has not been built yet (registerProcedures runs in root.ts).");
  return Object.fromEntries(Object.entries(procedures).map(([path, procedure]) => [path, procedure._def.meta?.permission ?? null]));
}
