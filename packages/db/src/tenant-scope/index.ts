export { forTenant, forTenantAsDb, withoutTenantScope, type TenantDb } from "./for-tenant";
export { TenantScopeError } from "./scope-args";
export { tenantScopedModels, tenantKeyOf, TENANT_MODEL } from "./tenant-models";
