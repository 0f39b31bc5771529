import { createHash } from "node:crypto";
import { Cron } from "croner";
import type { Db, Prisma } from "@tillbox/db";
import { defaultTenantId } from "../emit";
import { functionKey, type RegisteredFunction } from "../function";

/** The name Inngest gives the event of a cron run; in-process cron runs use the same. */
export const CRON_EVENT_NAME = "inngest/scheduled.timer";

interface CronEntry {
  key: string;
  expression: string;
  retries: number;
  schedule: Cron;
}

/** Parses every cron trigger up front so a bad expression fails at startup, naming its function. */
export function parseCronFunctions(functions: readonly RegisteredFunction[]): CronEntry[] {
  return functions.flatMap((registered) => {
    const { trigger } = registered.fn;
    if (!("cron" in trigger)) return [];
    const key = functionKey(registered);
    try {
      // No callback: croner only computes dates, the relay's tick does the running.
      const schedule = new Cron(trigger.cron, { timezone: "UTC", mode: "5-or-6-parts" });
      return [{ key, expression: trigger.cron, retries: registered.fn.retries, schedule }];
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      throw new Error(`Function "${key}": invalid cron "${trigger.cron}": ${reason}`, { cause: error });
    }
  });
}

/**
 * Queues the latest occurrence of each cron schedule that fell in (since, at] as a delivery,
 * so cron runs get the same retries and failure record as event runs. The occurrence's outbox
 * id is derived from function and time: two relays (or a restarted one) that both see it
 * insert the same row once, and the run happens once.
 */
export async function scheduleDueCrons(db: Db, entries: readonly CronEntry[], since: Date, at: Date): Promise<number> {
  let queued = 0;
  for (const entry of entries) {
    const occurrence = latestOccurrence(entry.schedule, since, at);
    if (!occurrence) continue;
    const id = occurrenceId(entry.key, occurrence);
    const created = await db.$transaction(async (tx) => {
      const inserted = await tx.outboxEvent.createMany({
        data: {
          id,
          tenantId: defaultTenantId(),
          name: CRON_EVENT_NAME,
          // The same data Inngest gives a cron run.
          payload: { cron: entry.expression } satisfies Prisma.InputJsonObject,
          // Dispatched already: a cron run is addressed to its one function, never fanned out to "*".
          status: "dispatched",
          createdAt: occurrence,
          dispatchedAt: at,
        },
        skipDuplicates: true,
      });
      if (inserted.count === 0) return false;
      await tx.eventDelivery.create({
        data: { eventId: id, functionId: entry.key, maxAttempts: entry.retries + 1, nextAttemptAt: at },
      });
      return true;
    });
    if (created) queued += 1;
  }
  return queued;
}

function latestOccurrence(schedule: Cron, since: Date, at: Date): Date | undefined {
  // previousRuns excludes its reference; +1 ms makes an occurrence exactly at `at` count.
  // After a long pause only the latest missed occurrence runs, as with Inngest.
  const [latest] = schedule.previousRuns(1, new Date(at.getTime() + 1));
  return latest && latest.getTime() > since.getTime() ? latest : undefined;
}

/** A UUID (version 5 layout) from sha1(function key + occurrence): stable across processes. */
export function occurrenceId(key: string, occurrence: Date): string {
  const hash = createHash("sha1").update(`tillbox-cron:${key}@${occurrence.toISOString()}`).digest();
  hash[6] = (hash[6]! & 0x0f) | 0x50;
  hash[8] = (hash[8]! & 0x3f) | 0x80;
  const hex = hash.subarray(0, 16).toString("hex");
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
