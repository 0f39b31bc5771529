import type { Db } from "@tillbox/db";
import { functionKey, subscribesTo, type RegisteredFunction } from "../function";

/**
 * In-process fan-out: claims pending outbox rows and, in the same transaction, creates one
 * delivery per subscribed function and marks the rows dispatched. SKIP LOCKED lets several
 * relays share the outbox without taking the same row twice.
 */
export async function dispatchPending(db: Db, functions: readonly RegisteredFunction[], at: Date, batchSize: number): Promise<number> {
  return db.$transaction(async (tx) => {
    const rows = await tx.$queryRaw<{ id: string; name: string }[]>`
      SELECT id::text AS id, name FROM outbox_event
      WHERE status = 'pending'
      ORDER BY created_at, id
      LIMIT ${batchSize}
      FOR UPDATE SKIP LOCKED`;
    if (rows.length === 0) return 0;
    const deliveries = rows.flatMap((row) =>
      functions
        .filter((registered) => subscribesTo(registered.fn, row.name))
        .map((registered) => ({
          eventId: row.id,
          functionId: functionKey(registered),
          maxAttempts: registered.fn.retries + 1,
          nextAttemptAt: at,
        })),
    );
    if (deliveries.length > 0) await tx.eventDelivery.createMany({ data: deliveries, skipDuplicates: true });
    await tx.outboxEvent.updateMany({
      where: { id: { in: rows.map((row) => row.id) }, status: "pending" },
      data: { status: "dispatched", dispatchedAt: at },
    });
    return rows.length;
  });
}
