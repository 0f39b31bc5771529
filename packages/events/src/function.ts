import type { Db } from "@tillbox/db";

/** What a handler receives as `event`, the same under both transports. */
export interface TillboxEvent<T = unknown> {
  /** The outbox id; also the Inngest event id, so receivers can deduplicate on it. */
  id: string;
  name: string;
  data: T;
  tenantId: string;
  createdAt: Date;
}

export interface StepTools {
  /** Runs `fn` once per run: a retry returns the recorded result instead of running it again. */
  run<T>(id: string, fn: () => Promise<T> | T): Promise<T>;
}

/** event "*" = every domain event. Cron expressions use the usual five fields (UTC). */
export type FunctionTrigger = { event: string } | { cron: string };

export interface FunctionContext<T = unknown> {
  event: TillboxEvent<T>;
  step: StepTools;
  db: Db;
  /** Zero-based, as in Inngest: 0 on the first run, 1 on the first retry. */
  attempt: number;
  logger: Pick<Console, "info" | "warn" | "error">;
}

export interface TillboxFunction {
  kind: "tillbox-function";
  id: string;
  trigger: FunctionTrigger;
  /** Retries after the first attempt (Inngest semantics): 4 means up to 5 runs. */
  retries: number;
  // `any`: a registry holds functions of many payload types side by side.
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  handler: (ctx: FunctionContext<any>) => Promise<unknown>;
}

/** A function as composed into the app; `plugin` is set for plugin functions (they skip while it is disabled). */
export interface RegisteredFunction {
  plugin?: string;
  fn: TillboxFunction;
}

export const DEFAULT_RETRIES = 4;
/** Inngest accepts 0–20 retries; the same bound keeps both transports alike. */
const MAX_RETRIES = 20;
const FUNCTION_ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export function defineFunction<T = unknown>(
  config: { id: string; trigger: FunctionTrigger; retries?: number },
  handler: (ctx: FunctionContext<T>) => Promise<unknown>,
): TillboxFunction {
  if (!FUNCTION_ID_PATTERN.test(config.id)) {
    throw new Error(`Function id "${config.id}" must be kebab-case (a-z, 0-9, dashes).`);
  }
  const retries = config.retries ?? DEFAULT_RETRIES;
  if (!Number.isInteger(retries) || retries < 0 || retries > MAX_RETRIES) {
    throw new Error(`Function "${config.id}": retries must be an integer from 0 to ${MAX_RETRIES}, got ${retries}.`);
  }
  return { kind: "tillbox-function", id: config.id, trigger: config.trigger, retries, handler };
}

/** The id stored on deliveries and given to Inngest: plugin functions are prefixed by their slug. */
export function functionKey(registered: RegisteredFunction): string {
  return registered.plugin ? `${registered.plugin}-${registered.fn.id}` : registered.fn.id;
}

/** Keys must be unique across core and plugins, or two functions would share deliveries. */
export function indexFunctions(functions: readonly RegisteredFunction[]): Map<string, RegisteredFunction> {
  const byKey = new Map<string, RegisteredFunction>();
  for (const registered of functions) {
    const key = functionKey(registered);
    const existing = byKey.get(key);
    if (existing) {
      throw new Error(`Function id "${key}" is used twice (${describe(existing)} and ${describe(registered)}); rename one of them.`);
    }
    byKey.set(key, registered);
  }
  return byKey;
}

function describe(registered: RegisteredFunction): string {
  return registered.plugin ? `plugin ${registered.plugin}` : "core";
}

export function subscribesTo(fn: TillboxFunction, eventName: string): boolean {
  return "event" in fn.trigger && (fn.trigger.event === "*" || fn.trigger.event === eventName);
}
