import type { Inngest } from "inngest";
import type { Db } from "@tillbox/db";
import { indexFunctions, type RegisteredFunction } from "../function";
import { defaultBackoffMs } from "./backoff";
import { parseCronFunctions, scheduleDueCrons } from "./cron";
import { dispatchPending } from "./dispatch";
import { sendPendingToInngest } from "./inngest-send";
import { runDueDeliveries, type Logger } from "./run-deliveries";

export interface RelayOptions {
  db: Db;
  functions: readonly RegisteredFunction[];
  isPluginEnabled(slug: string): Promise<boolean>;
  /** When set, events go to Inngest, which runs the functions; otherwise they run in this process. */
  inngest?: Inngest;
  /** Delay before the retry after failed attempt `attempt` (1-based). */
  backoffMs?(attempt: number): number;
  now?(): Date;
  batchSize?: number;
  /** How long one run may take before another relay assumes this one died and retries it. */
  leaseMs?: number;
  logger?: Logger;
}

export interface TickResult {
  dispatched: number;
  succeeded: number;
  retried: number;
  failed: number;
  skipped: number;
}

export interface Relay {
  tick(): Promise<TickResult>;
  start(intervalMs: number): void;
  stop(): Promise<void>;
}

const DEFAULT_BATCH_SIZE = 50;
const DEFAULT_LEASE_MS = 5 * 60_000;

/**
 * Moves outbox rows to the transport. In-process (no `inngest`): fans events out to deliveries,
 * runs due deliveries with retries and backoff, and runs cron functions. Safe to run in several
 * processes against one database; each attempt runs once.
 */
export function createRelay(options: RelayOptions): Relay {
  const functionsByKey = indexFunctions(options.functions);
  const crons = parseCronFunctions(options.functions);
  const now = options.now ?? (() => new Date());
  const logger = options.logger ?? console;
  const batchSize = options.batchSize ?? DEFAULT_BATCH_SIZE;
  // Cron occurrences before this relay started are not run: a restart does not replay them.
  let cronCursor = now();
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<unknown> | undefined;
  let stopped = true;

  async function tick(): Promise<TickResult> {
    const at = now();
    if (options.inngest) {
      const dispatched = await sendPendingToInngest(options.db, options.inngest, at, batchSize, logger);
      return { dispatched, succeeded: 0, retried: 0, failed: 0, skipped: 0 };
    }
    const dispatched = await dispatchPending(options.db, options.functions, at, batchSize);
    if (crons.length > 0) {
      await scheduleDueCrons(options.db, crons, cronCursor, at);
      cronCursor = at;
    }
    const outcomes = await runDueDeliveries({
      db: options.db,
      functionsByKey,
      isPluginEnabled: (slug) => options.isPluginEnabled(slug),
      backoffMs: options.backoffMs ?? ((attempt) => defaultBackoffMs(attempt)),
      now,
      batchSize,
      leaseMs: options.leaseMs ?? DEFAULT_LEASE_MS,
      logger,
    });
    return { dispatched, ...outcomes };
  }

  function schedule(intervalMs: number) {
    timer = setTimeout(() => {
      running = tick()
        .catch((error: unknown) => logger.error("[events] relay tick failed", error))
        .finally(() => {
          running = undefined;
          if (!stopped) schedule(intervalMs);
        });
    }, intervalMs);
    // A relay alone must not keep a CLI or test process alive.
    timer.unref();
  }

  return {
    tick,
    start(intervalMs) {
      if (!stopped) return;
      stopped = false;
      schedule(intervalMs);
    },
    async stop() {
      stopped = true;
      if (timer) clearTimeout(timer);
      await running;
    },
  };
}
