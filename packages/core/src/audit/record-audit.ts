import type { DbOrTx } from "@tillbox/db";
import type { Prisma } from "@tillbox/db";

export interface AuditEntry {
  tenantId: string;
  actorId: string | null;
  action: string;
  targetType: string;
  targetId?: string | null;
  data?: Prisma.InputJsonValue;
  ip?: string | null;
  userAgent?: string | null;
}

/** Pass the transaction of the action being recorded, so the entry commits with it or not at all. */
export async function recordAudit(db: DbOrTx, entry: AuditEntry): Promise<void> {
  await db.auditLog.create({
    data: {
      tenantId: entry.tenantId,
      actorId: entry.actorId,
      action: entry.action,
      targetType: entry.targetType,
      targetId: entry.targetId ?? null,
      data: entry.data ?? {},
      ip: entry.ip ?? null,
      userAgent: entry.userAgent ?? null,
    },
  });
}
