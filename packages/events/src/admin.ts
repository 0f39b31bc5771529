import type { DbOrTx } from "@tillbox/db";

export type DeliveryStatusFilter = "pending" | "running" | "succeeded" | "failed" | "skipped";

const UUID_PATTERN = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const MAX_LIMIT = 200;
/** `tenantId` unset = every tenant (operators of a single-tenant install, tests). */
const tenantScope = (tenantId: string | undefined) => (tenantId === undefined ? undefined : { tenantId });
const clampLimit = (limit: number | undefined) => Math.min(Math.max(limit ?? 50, 1), MAX_LIMIT);

/** Newest first. Failed deliveries stay here for good, with their attempts and last error. */
export async function listDeliveries(db: DbOrTx, filter: { status?: DeliveryStatusFilter; eventId?: string; limit?: number; tenantId?: string } = {}) {
  return db.eventDelivery.findMany({
    where: { status: filter.status, eventId: filter.eventId, event: tenantScope(filter.tenantId) },
    orderBy: [{ updatedAt: "desc" }, { id: "asc" }],
    take: clampLimit(filter.limit),
    select: {
      id: true,
      eventId: true,
      functionId: true,
      status: true,
      attempts: true,
      maxAttempts: true,
      nextAttemptAt: true,
      lastError: true,
      createdAt: true,
      updatedAt: true,
      event: { select: { name: true, tenantId: true, createdAt: true } },
    },
  });
}

/** Recent outbox events with a summary of their deliveries. */
export async function listEvents(db: DbOrTx, filter: { limit?: number; name?: string; tenantId?: string } = {}) {
  return db.outboxEvent.findMany({
    where: { name: filter.name, tenantId: filter.tenantId },
    orderBy: [{ createdAt: "desc" }, { id: "asc" }],
    take: clampLimit(filter.limit),
    select: {
      id: true,
      name: true,
      tenantId: true,
      payload: true,
      status: true,
      createdAt: true,
      dispatchedAt: true,
      lastError: true,
      deliveries: { select: { id: true, functionId: true, status: true, attempts: true, lastError: true } },
    },
  });
}

export class DeliveryRetryError extends Error {
  constructor(
    readonly code: "NOT_FOUND" | "NOT_FAILED",
    message: string,
  ) {
    super(message);
    this.name = "DeliveryRetryError";
  }
}

/**
 * Gives a failed delivery a fresh set of attempts, due now. Completed steps stay recorded, so
 * the retry resumes after the last step that succeeded. The last error stays until a new one.
 */
export async function retryDelivery(db: DbOrTx, id: string, options: { tenantId?: string; now?: Date } = {}) {
  // Not a uuid can't be a delivery id; checked here so the database never sees a malformed uuid.
  if (!UUID_PATTERN.test(id)) throw new DeliveryRetryError("NOT_FOUND", `Delivery ${id} does not exist.`);
  const { count } = await db.eventDelivery.updateMany({
    where: { id, status: "failed", event: tenantScope(options.tenantId) },
    data: { status: "pending", attempts: 0, nextAttemptAt: options.now ?? new Date() },
  });
  if (count === 0) {
    // Another tenant's delivery is reported as missing, not as existing.
    const existing = await db.eventDelivery.findFirst({ where: { id, event: tenantScope(options.tenantId) }, select: { status: true } });
    if (!existing) throw new DeliveryRetryError("NOT_FOUND", `Delivery ${id} does not exist.`);
    throw new DeliveryRetryError("NOT_FAILED", `Delivery ${id} is ${existing.status}; only failed deliveries can be retried.`);
  }
  return db.eventDelivery.findUniqueOrThrow({ where: { id } });
}
