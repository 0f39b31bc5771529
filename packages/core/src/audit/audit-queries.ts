import type { Db, Prisma } from "@tillbox/db";
import { DomainError } from "../errors";
import { isUuid } from "../identity/access/uuid";

export interface AuditQuery {
  actorId?: string;
  /** "user." matches user.suspend, user.roles.assign, … */
  actionPrefix?: string;
  targetType?: string;
  targetId?: string;
  from?: Date;
  /** Exclusive. */
  to?: Date;
  /** The id of the last entry of the previous page. */
  cursor?: string;
  limit?: number;
}

export interface AuditEntryView {
  id: string;
  actorId: string | null;
  /** Resolved for display; null for system actions and unknown actors. */
  actorEmail: string | null;
  action: string;
  targetType: string;
  targetId: string | null;
  data: Prisma.JsonValue;
  ip: string | null;
  userAgent: string | null;
  createdAt: Date;
}

/**
 * Newest first, keyset-paginated on (createdAt, id) so entries written while paging are
 * neither skipped nor repeated; `total` counts every entry matching the filters.
 */
export async function listAuditLog(db: Db, tenantId: string, query: AuditQuery = {}) {
  const limit = Math.min(200, Math.max(1, query.limit ?? 50));
  if (query.from && query.to && query.from >= query.to) {
    throw new DomainError("AUDIT_RANGE_EMPTY", "`from` must be before `to` (field: from).");
  }
  const where: Prisma.AuditLogWhereInput = {
    tenantId,
    ...(query.actorId ? { actorId: query.actorId } : {}),
    ...(query.actionPrefix ? { action: { startsWith: query.actionPrefix } } : {}),
    ...(query.targetType ? { targetType: query.targetType } : {}),
    ...(query.targetId ? { targetId: query.targetId } : {}),
    ...(query.from || query.to ? { createdAt: { gte: query.from, lt: query.to } } : {}),
  };
  const after = query.cursor && isUuid(query.cursor) ? await db.auditLog.findFirst({ where: { id: query.cursor, tenantId } }) : null;
  if (query.cursor && !after) throw new DomainError("AUDIT_CURSOR_INVALID", "Unknown cursor (field: cursor).");
  const page: Prisma.AuditLogWhereInput = after ? { OR: [{ createdAt: { lt: after.createdAt } }, { createdAt: after.createdAt, id: { lt: after.id } }] } : {};
  const [total, rows] = await Promise.all([
    db.auditLog.count({ where }),
    db.auditLog.findMany({ where: { AND: [where, page] }, orderBy: [{ createdAt: "desc" }, { id: "desc" }], take: limit + 1 }),
  ]);
  const items = rows.slice(0, limit);
  // Audit actors are free text (system jobs may write names); only uuids can be users.
  const actorIds = [...new Set(items.map((row) => row.actorId).filter((id): id is string => id !== null && isUuid(id)))];
  const actors = actorIds.length ? await db.user.findMany({ where: { id: { in: actorIds }, tenantId }, select: { id: true, email: true } }) : [];
  const emails = new Map(actors.map((actor) => [actor.id, actor.email]));
  return {
    items: items.map((row): AuditEntryView => ({ ...row, actorEmail: row.actorId ? (emails.get(row.actorId) ?? null) : null })),
    total,
    nextCursor: rows.length > limit ? items.at(-1)!.id : null,
  };
}
