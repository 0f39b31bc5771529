import type { Db, Prisma } from "@tillbox/db";
import type { StepTools } from "../function";

/** delivery.steps: completed step results by step id. `value` is absent when the step returned undefined. */
export type StepRecord = Record<string, { value?: unknown }>;

/**
 * Step tools for one attempt of one delivery. A completed step's result is written to the
 * delivery row before the next step starts, so a retry (or a restart after a crash) returns
 * the recorded result instead of running the step again. Results go through JSON, as in Inngest.
 */
export function createMemoStepTools(db: Db, delivery: { id: string; attempts: number; steps: unknown }): StepTools {
  const record: StepRecord = { ...(isRecord(delivery.steps) ? (delivery.steps as StepRecord) : {}) };
  const seen = new Map<string, number>();
  return {
    async run<T>(id: string, fn: () => Promise<T> | T): Promise<T> {
      // A step id used twice in one run gets a counter suffix, as Inngest does.
      const count = seen.get(id) ?? 0;
      seen.set(id, count + 1);
      const key = count === 0 ? id : `${id}:${count}`;
      const memo = record[key];
      if (memo) return memo.value as T;
      const result = await fn();
      const value = result === undefined ? undefined : (JSON.parse(JSON.stringify(result)) as unknown);
      record[key] = value === undefined ? {} : { value };
      // Guarded by the claimed attempt: a relay that lost its lease must not overwrite newer state.
      await db.eventDelivery.updateMany({
        where: { id: delivery.id, status: "running", attempts: delivery.attempts },
        data: { steps: record as Prisma.InputJsonValue },
      });
      return value as T;
    },
  };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
