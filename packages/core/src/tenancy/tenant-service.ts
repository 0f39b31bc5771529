import { randomUUID } from "node:crypto";
import { Prisma, withoutTenantScope, type Db, type Tx } from "@tillbox/db";
import { recordAudit } from "../audit/record-audit";
import { DomainError } from "../errors";
import { invalidateTenantRoutes } from "./route-table";
import { normaliseRouteValue, type TenantRouteKind } from "./route-values";

/** Who changes tenants, for the audit log (the platform tenant and its operator). */
export interface ChangeOrigin {
  tenantId: string;
  actorId: string | null;
  ip?: string | null;
  userAgent?: string | null;
}

export const TENANT_SLUG_PATTERN = /^(?!-)[a-z0-9-]{1,63}(?<!-)$/;

/**
 * Runs inside the transaction that creates a tenant. This is where per-tenant setup plugs in
 * (ensureBuiltinRoles from identity/access, seed data…): the tenant and its setup commit together.
 */
export type TenantCreatedHook = (tx: Tx, tenant: { id: string; slug: string; name: string }) => Promise<void>;

export interface RouteInput {
  tenantId: string;
  kind: TenantRouteKind;
  value: string;
  priority?: number;
}

const routeColumns = { id: true, tenantId: true, kind: true, value: true, priority: true, createdAt: true } as const;

function isUniqueViolation(error: unknown): boolean {
  return error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002";
}

function routeTaken(kind: TenantRouteKind, value: string): DomainError {
  return new DomainError("TENANT_ROUTE_TAKEN", `value: a ${kind} rule for "${value}" already exists.`, "CONFLICT");
}

/**
 * Tenants and their routing rules: platform data that spans tenants, so it always works on the
 * unscoped client. Every write is audited in the same transaction and drops the route cache.
 */
export function createTenantService(client: Db, options: { onTenantCreated?: TenantCreatedHook[] } = {}) {
  const db = withoutTenantScope(client);
  const hooks = options.onTenantCreated ?? [];

  async function requireTenant(tenantId: string) {
    const tenant = await db.tenant.findUnique({ where: { id: tenantId } });
    if (!tenant) throw new DomainError("TENANT_NOT_FOUND", `tenantId: tenant "${tenantId}" does not exist.`, "NOT_FOUND");
    return tenant;
  }

  async function requireRoute(id: string) {
    const route = await db.tenantRoute.findUnique({ where: { id }, select: routeColumns });
    if (!route) throw new DomainError("TENANT_ROUTE_NOT_FOUND", `Routing rule "${id}" does not exist.`, "NOT_FOUND");
    return route;
  }

  async function writeRoute<T>(kind: TenantRouteKind, value: string, work: () => Promise<T>): Promise<T> {
    try {
      return await work();
    } catch (error) {
      if (isUniqueViolation(error)) throw routeTaken(kind, value);
      throw error;
    } finally {
      invalidateTenantRoutes();
    }
  }

  return {
    list: () => db.tenant.findMany({ orderBy: [{ createdAt: "asc" }, { slug: "asc" }] }),

    get: requireTenant,

    async create(input: { slug: string; name: string }, origin: ChangeOrigin) {
      const slug = input.slug.trim().toLowerCase();
      const name = input.name.trim();
      if (!TENANT_SLUG_PATTERN.test(slug)) {
        throw new DomainError("TENANT_SLUG_INVALID", "slug: must be 1-63 characters a-z, 0-9 or dashes, not starting or ending with a dash.");
      }
      if (!name) throw new DomainError("TENANT_NAME_INVALID", "name: must not be empty.");
      try {
        return await db.$transaction(async (tx) => {
          const tenant = await tx.tenant.create({ data: { id: randomUUID(), slug, name } });
          for (const hook of hooks) await hook(tx, tenant);
          await recordAudit(tx, { ...origin, action: "tenant.create", targetType: "tenant", targetId: tenant.id, data: { slug, name } });
          return tenant;
        });
      } catch (error) {
        if (isUniqueViolation(error)) throw new DomainError("TENANT_SLUG_TAKEN", `slug: a tenant "${slug}" already exists.`, "CONFLICT");
        throw error;
      }
    },

    async listRoutes(filter: { tenantId?: string } = {}) {
      return db.tenantRoute.findMany({
        where: { tenantId: filter.tenantId },
        select: routeColumns,
        orderBy: [{ tenantId: "asc" }, { priority: "desc" }, { createdAt: "asc" }],
      });
    },

    async createRoute(input: RouteInput, origin: ChangeOrigin) {
      const value = normaliseRouteValue(input.kind, input.value);
      await requireTenant(input.tenantId);
      return writeRoute(input.kind, value, () =>
        db.$transaction(async (tx) => {
          const route = await tx.tenantRoute.create({
            data: { tenantId: input.tenantId, kind: input.kind, value, priority: input.priority ?? 0 },
            select: routeColumns,
          });
          await recordAudit(tx, {
            ...origin,
            action: "tenant.route.create",
            targetType: "tenant_route",
            targetId: route.id,
            data: { tenantId: route.tenantId, kind: route.kind, value, priority: route.priority },
          });
          return route;
        }),
      );
    },

    async updateRoute(id: string, patch: { kind?: TenantRouteKind; value?: string; priority?: number }, origin: ChangeOrigin) {
      const current = await requireRoute(id);
      const kind = patch.kind ?? current.kind;
      // A kind change re-validates the stored value against the new kind.
      const value = normaliseRouteValue(kind, patch.value ?? current.value);
      return writeRoute(kind, value, () =>
        db.$transaction(async (tx) => {
          const route = await tx.tenantRoute.update({ where: { id }, data: { kind, value, priority: patch.priority }, select: routeColumns });
          await recordAudit(tx, {
            ...origin,
            action: "tenant.route.update",
            targetType: "tenant_route",
            targetId: id,
            data: { before: { kind: current.kind, value: current.value, priority: current.priority }, after: { kind, value, priority: route.priority } },
          });
          return route;
        }),
      );
    },

    async deleteRoute(id: string, origin: ChangeOrigin) {
      const current = await requireRoute(id);
      return writeRoute(current.kind, current.value, () =>
        db.$transaction(async (tx) => {
          await tx.tenantRoute.delete({ where: { id } });
          await recordAudit(tx, {
            ...origin,
            action: "tenant.route.delete",
            targetType: "tenant_route",
            targetId: id,
            data: { tenantId: current.tenantId, kind: current.kind, value: current.value },
          });
          return current;
        }),
      );
    },
  };
}

export type TenantService = ReturnType<typeof createTenantService>;
