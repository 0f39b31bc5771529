import { getEnv } from "@tillbox/config";
import { DomainError } from "@tillbox/core";
import type { Context } from "@tillbox/trpc";

/**
 * The default tenant is the platform: the operator of this installation. Data that spans
 * tenants (the tenant list, routing rules, plugin switches) is changed only from it, whatever
 * scopes a role in another tenant grants: a tenant owner holds every scope of its own tenant.
 */
export function isPlatformTenant(tenantId: string): boolean {
  return tenantId === getEnv().TILLBOX_DEFAULT_TENANT;
}

export function assertPlatformTenant(ctx: Pick<Context, "tenantId">, what: string): void {
  if (!isPlatformTenant(ctx.tenantId)) {
    throw new DomainError("PLATFORM_TENANT_ONLY", `${what} is managed from the platform tenant only.`, "FORBIDDEN");
  }
}
