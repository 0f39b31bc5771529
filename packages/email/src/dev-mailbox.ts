import type { Db } from "@tillbox/db";

export interface DevMessageSummary {
  id: string;
  to: string;
  subject: string;
  template: string;
  locale: string;
  createdAt: Date;
}

const summary = { id: true, to: true, subject: true, template: true, locale: true, createdAt: true } as const;

/** Newest first. `to` matches case-insensitively, since addresses are typed by people. */
export function listDevMessages(db: Db, options: { tenantId: string; to?: string; limit?: number }): Promise<DevMessageSummary[]> {
  const to = options.to?.trim();
  return db.emailMessage.findMany({
    where: { tenantId: options.tenantId, ...(to ? { to: { equals: to, mode: "insensitive" } } : {}) },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: Math.min(Math.max(options.limit ?? 50, 1), 200),
    select: summary,
  });
}

/** The whole message (text and HTML), or null when it does not exist in this tenant. */
export function getDevMessage(db: Db, id: string, options: { tenantId?: string } = {}) {
  return db.emailMessage.findFirst({ where: { id, ...(options.tenantId ? { tenantId: options.tenantId } : {}) } });
}
