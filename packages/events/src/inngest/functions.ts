import type { Inngest, InngestFunction } from "inngest";
import type { Db } from "@tillbox/db";
import { defaultTenantId } from "../emit";
import {
  functionKey,
  indexFunctions,
  type FunctionContext,
  type FunctionTrigger,
  type RegisteredFunction,
  type StepTools,
  type TillboxEvent,
} from "../function";
import { CRON_EVENT_NAME } from "../relay/cron";
import { fromInngestEventName, toInngestEventName } from "./client";

/** The part of Inngest's handler input the wrapper uses. */
export interface InngestHandlerInput {
  event: { id?: string; name: string; data?: unknown; ts?: number };
  step: { run(id: string, fn: () => unknown): Promise<unknown> };
  attempt: number;
  runId?: string;
  logger: { info(...args: unknown[]): void; warn(...args: unknown[]): void; error(...args: unknown[]): void };
}

export type PluginEnabledCheck = (slug: string) => Promise<boolean>;

/**
 * The same Tillbox functions as real Inngest functions: id, trigger and retries carry over,
 * step.run is Inngest's own (so memoization is Inngest's), and a disabled plugin's function
 * returns { skipped: true } without running.
 */
export function toInngestFunctions(
  inngest: Inngest,
  functions: readonly RegisteredFunction[],
  isPluginEnabled: PluginEnabledCheck,
  getDb: () => Db,
): InngestFunction.Any[] {
  indexFunctions(functions);
  return functions.map((registered) =>
    inngest.createFunction(
      {
        id: functionKey(registered),
        // defineFunction keeps retries within Inngest's 0–20.
        retries: registered.fn.retries as 4,
        triggers: [toInngestTrigger(registered.fn.trigger)],
      },
      // Inngest infers a very wide input type; the wrapper declares the part it reads.
      createInngestHandler(registered, isPluginEnabled, getDb) as never,
    ),
  );
}

export function toInngestTrigger(trigger: FunctionTrigger): { event: string } | { cron: string } {
  return "cron" in trigger ? { cron: trigger.cron } : { event: toInngestEventName(trigger.event) };
}

export function createInngestHandler(registered: RegisteredFunction, isPluginEnabled: PluginEnabledCheck, getDb: () => Db) {
  return async (input: InngestHandlerInput): Promise<unknown> => {
    if (registered.plugin && !(await isPluginEnabled(registered.plugin))) {
      return { skipped: true, reason: `plugin "${registered.plugin}" is disabled` };
    }
    const db = getDb();
    const step: StepTools = { run: (id, fn) => input.step.run(id, fn) as Promise<never> };
    const logger: FunctionContext["logger"] = {
      info: (...args: unknown[]) => input.logger.info(...args),
      warn: (...args: unknown[]) => input.logger.warn(...args),
      error: (...args: unknown[]) => input.logger.error(...args),
    };
    const event = await loadEvent(db, input);
    return registered.fn.handler({ event, step, db, attempt: input.attempt, logger });
  };
}

const UUID_PATTERN = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * Inngest carries id, name, data and time; the tenant lives on the outbox row (the event id
 * is the outbox id), so it is read back rather than smuggled into the payload.
 */
async function loadEvent(db: Db, input: InngestHandlerInput): Promise<TillboxEvent> {
  const { event } = input;
  const id = event.id ?? input.runId ?? "";
  const fallback: TillboxEvent = {
    id,
    name: fromInngestEventName(event.name),
    data: event.data ?? {},
    tenantId: defaultTenantId(),
    createdAt: new Date(event.ts ?? Date.now()),
  };
  if (event.name === CRON_EVENT_NAME || !UUID_PATTERN.test(id)) return fallback;
  const row = await db.outboxEvent.findUnique({ where: { id }, select: { tenantId: true, createdAt: true } });
  return row ? { ...fallback, tenantId: row.tenantId, createdAt: row.createdAt } : fallback;
}
