export { resolveTenant, matchRoute, type TenantRequest, type TenantResolution, type ResolveOptions } from "./resolve-tenant";
export { invalidateTenantRoutes, routeTable, ROUTE_CACHE_TTL_MS, type RouteTable } from "./route-table";
export { normaliseHost, normalisePathPrefix, normaliseRouteValue, routeValueProblem, type TenantRouteKind } from "./route-values";
export { createTenantService, TENANT_SLUG_PATTERN, type TenantService, type TenantCreatedHook, type RouteInput } from "./tenant-service";
