import { Prisma, type Db } from "@tillbox/db";
import type { FunctionContext, RegisteredFunction, TillboxEvent } from "../function";
import { createMemoStepTools } from "./step-memo";
import { utcTimestamp } from "./sql-time";

export type Logger = FunctionContext["logger"];
export type RunOutcome = "succeeded" | "retried" | "failed" | "skipped";

export interface RunOptions {
  db: Db;
  functionsByKey: ReadonlyMap<string, RegisteredFunction>;
  isPluginEnabled(slug: string): Promise<boolean>;
  backoffMs(attempt: number): number;
  now(): Date;
  batchSize: number;
  /** How long a claimed delivery may run before another relay treats its relay as dead. */
  leaseMs: number;
  logger: Logger;
}

const claimInclude = { event: true } satisfies Prisma.EventDeliveryInclude;
type ClaimedDelivery = Prisma.EventDeliveryGetPayload<{ include: typeof claimInclude }>;

/** Runs every due delivery once and reports what became of each. */
export async function runDueDeliveries(options: RunOptions): Promise<Record<RunOutcome, number>> {
  const counts: Record<RunOutcome, number> = { succeeded: 0, retried: 0, failed: 0, skipped: 0 };
  const claimed = await claimDue(options);
  for (const delivery of claimed) counts[await runOne(options, delivery)] += 1;
  return counts;
}

/**
 * Claiming counts the attempt and sets a lease in one transaction, so two relays never run the
 * same attempt. A relay killed mid-run leaves the row `running`; once its lease has passed,
 * the row is due again and the next relay retries it.
 */
async function claimDue(options: RunOptions): Promise<ClaimedDelivery[]> {
  const keys = [...options.functionsByKey.keys()];
  if (keys.length === 0) return [];
  const at = options.now();
  return options.db.$transaction(async (tx) => {
    const rows = await tx.$queryRaw<{ id: string }[]>`
      SELECT id::text AS id FROM event_delivery
      WHERE status IN ('pending', 'running')
        AND next_attempt_at <= ${utcTimestamp(at)}
        AND function_id IN (${Prisma.join(keys)})
      ORDER BY next_attempt_at, id
      LIMIT ${options.batchSize}
      FOR UPDATE SKIP LOCKED`;
    if (rows.length === 0) return [];
    const ids = rows.map((row) => row.id);
    await tx.eventDelivery.updateMany({
      where: { id: { in: ids } },
      data: { status: "running", attempts: { increment: 1 }, nextAttemptAt: new Date(at.getTime() + options.leaseMs) },
    });
    return tx.eventDelivery.findMany({ where: { id: { in: ids } }, include: claimInclude, orderBy: { createdAt: "asc" } });
  });
}

async function runOne(options: RunOptions, delivery: ClaimedDelivery): Promise<RunOutcome> {
  const { db } = options;
  const registered = options.functionsByKey.get(delivery.functionId);
  // Only rows for known functions are claimed; this keeps the type checker honest.
  if (!registered) return "skipped";
  const guard = { id: delivery.id, status: "running" as const, attempts: delivery.attempts };
  if (delivery.attempts > delivery.maxAttempts) {
    // The last allowed attempt was claimed but never finished: its relay died.
    await db.eventDelivery.updateMany({
      where: guard,
      data: {
        status: "failed",
        attempts: delivery.maxAttempts,
        lastError: delivery.lastError ?? "The relay stopped during the last attempt (lease expired).",
      },
    });
    return "failed";
  }
  try {
    if (registered.plugin && !(await options.isPluginEnabled(registered.plugin))) {
      // Not an attempt: the plugin is off, so the function does not run at all.
      await db.eventDelivery.updateMany({ where: guard, data: { status: "skipped", attempts: delivery.attempts - 1 } });
      return "skipped";
    }
    await registered.fn.handler({
      event: toTillboxEvent(delivery.event),
      step: createMemoStepTools(db, delivery),
      db,
      attempt: delivery.attempts - 1,
      logger: options.logger,
    });
    await db.eventDelivery.updateMany({ where: guard, data: { status: "succeeded", nextAttemptAt: options.now() } });
    return "succeeded";
  } catch (error) {
    const lastError = describeError(error);
    if (delivery.attempts >= delivery.maxAttempts) {
      options.logger.error(`[events] ${delivery.functionId} failed for good on event ${delivery.eventId}: ${lastError}`, error);
      await db.eventDelivery.updateMany({ where: guard, data: { status: "failed", lastError } });
      return "failed";
    }
    const nextAttemptAt = new Date(options.now().getTime() + options.backoffMs(delivery.attempts));
    options.logger.warn(
      `[events] ${delivery.functionId} attempt ${delivery.attempts}/${delivery.maxAttempts} failed on event ${delivery.eventId}; retrying at ${nextAttemptAt.toISOString()}: ${lastError}`,
    );
    await db.eventDelivery.updateMany({ where: guard, data: { status: "pending", lastError, nextAttemptAt } });
    return "retried";
  }
}

export function toTillboxEvent(row: { id: string; name: string; payload: unknown; tenantId: string; createdAt: Date }): TillboxEvent {
  return { id: row.id, name: row.name, data: row.payload, tenantId: row.tenantId, createdAt: row.createdAt };
}

const MAX_ERROR_LENGTH = 2_000;

/** Name and message only: the text is shown in the admin API, stacks stay in the server log. */
export function describeError(error: unknown): string {
  const text = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  return text.length > MAX_ERROR_LENGTH ? `${text.slice(0, MAX_ERROR_LENGTH)}…` : text;
}
