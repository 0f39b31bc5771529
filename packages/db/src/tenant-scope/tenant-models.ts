import { Prisma } from "../client.generated/client";

/** The root model: on a tenant-scoped client its only visible row is the tenant itself. */
export const TENANT_MODEL = "Tenant";

/**
 * Models carrying a tenantId column, read from the generated client (core + composed plugins),
 * so a plugin's new table is scoped the moment it is composed; nobody keeps a list by hand.
 */
export const tenantScopedModels: ReadonlySet<string> = new Set(
  Object.values(Prisma.ModelName).filter((model) => {
    const fields = (Prisma as unknown as Record<string, unknown>)[`${model}ScalarFieldEnum`];
    // A missing enum means the generator changed shape: refuse to guess rather than scope nothing.
    if (typeof fields !== "object" || fields === null) {
      throw new Error(`tenant-scope: the generated client has no ${model}ScalarFieldEnum; update tenant-models.ts.`);
    }
    return "tenantId" in fields;
  }),
);

/** The column that says which tenant a row belongs to, or undefined for platform tables. */
export function tenantKeyOf(model: string | undefined): "tenantId" | "id" | undefined {
  if (model === undefined) return undefined;
  if (model === TENANT_MODEL) return "id";
  return tenantScopedModels.has(model) ? "tenantId" : undefined;
}
