import type { Inngest } from "inngest";
import type { Db } from "@tillbox/db";
import { toInngestEventName } from "../inngest/client";
import { describeError, type Logger } from "./run-deliveries";

/**
 * Inngest transport: sends pending outbox rows with the outbox id as the event id, then marks
 * them dispatched. No row lock is held across the HTTP call: if two relays (or a crash between
 * send and mark) send a row twice, Inngest drops the duplicate by id. A failed send leaves the
 * rows pending, with the reason, for the next tick.
 */
export async function sendPendingToInngest(db: Db, inngest: Inngest, at: Date, batchSize: number, logger: Logger): Promise<number> {
  const rows = await db.outboxEvent.findMany({
    where: { status: "pending" },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    take: batchSize,
  });
  if (rows.length === 0) return 0;
  const ids = rows.map((row) => row.id);
  try {
    await inngest.send(
      rows.map((row) => ({
        id: row.id,
        name: toInngestEventName(row.name),
        data: { ...(row.payload as Record<string, unknown>) },
        ts: row.createdAt.getTime(),
      })),
    );
  } catch (error) {
    const lastError = describeError(error);
    logger.warn(`[events] sending ${rows.length} event(s) to Inngest failed; will retry: ${lastError}`);
    await db.outboxEvent.updateMany({ where: { id: { in: ids }, status: "pending" }, data: { lastError } });
    return 0;
  }
  await db.outboxEvent.updateMany({
    where: { id: { in: ids }, status: "pending" },
    data: { status: "dispatched", dispatchedAt: at, lastError: null },
  });
  return rows.length;
}
