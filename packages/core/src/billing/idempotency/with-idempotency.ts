import type { Prisma, Tx } from "@tillbox/db";
import { DomainError } from "../../errors";
import type { BillingContext } from "../context";
import { requestHash } from "./canonical-json";

/**
 * pay_invoice: a customer paying one of their open invoices (payments/pay-invoice.ts).
 * subscription_change: a plan change; its own scope, so a client deriving keys from one order id
 * can't collide with (or replay) a checkout's result.
 */
export type IdempotencyScope = "checkout" | "capture" | "refund" | "pay_invoice" | "subscription_change";

/** Keys are kept at least this long (Stripe keeps them 24 h). */
export const IDEMPOTENCY_TTL_MS = 24 * 60 * 60 * 1000;

export interface IdempotencyRequest {
  scope: IdempotencyScope;
  /** The client's Idempotency-Key. */
  key: string;
  /** The parameters that must match on a retry (sha256 of their canonical JSON is stored). */
  params: unknown;
  /** Namespaces the key (e.g. the customer's id) so two customers' keys never collide. */
  owner?: string | null;
}

export interface IdempotencyOptions {
  /** How long a duplicate waits for the first request to finish before answering 409. */
  waitMs?: number;
  /** An in_progress key older than this is taken over (its process died mid-run). */
  staleAfterMs?: number;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * What a run may keep about itself: `previous` is what an earlier run of the same key recorded
 * before it died (null on a first run); `record` writes progress in the caller's transaction, so
 * it commits exactly with the work it describes.
 */
export interface IdempotentAttempt {
  previous: Prisma.JsonValue | null;
  record(tx: Tx, progress: Prisma.InputJsonValue): Promise<void>;
}

/**
 * Runs `run` at most once per (tenant, scope, key). The key row is inserted BEFORE the work starts,
 * so concurrent duplicates find it: they wait for the stored response instead of doing the work
 * again. The same key with other parameters is refused. A run that throws releases the key, so a
 * retry runs afresh; work that must not be repeated once committed (an invoice) has to be
 * reported in the returned value, not thrown, and recorded as progress (attempt.record) in the
 * transaction that commits it: a run taking over a key whose process died gets that progress
 * (attempt.previous) and resumes instead of doing the work a second time. The response is stored as JSON: both the first
 * caller and every replay get the JSON round-tripped value, so they see identical results.
 */
export async function withIdempotency<T>(
  ctx: BillingContext,
  request: IdempotencyRequest,
  run: (attempt: IdempotentAttempt) => Promise<T>,
  options: IdempotencyOptions = {},
): Promise<T> {
  const key = validKey(request.key);
  const storedKey = request.owner ? `${request.owner}:${key}` : key;
  const hash = requestHash(request.params);
  // Duplicates inside this process share the first one's promise (result or error) instead of
  // polling the database; across processes the key row below does the same job.
  let flights = inFlight.get(ctx.db);
  if (!flights) inFlight.set(ctx.db, (flights = new Map()));
  const flightKey = [ctx.tenantId, request.scope, storedKey, hash].join("\u0000");
  const joined = flights.get(flightKey);
  if (joined) return joined as Promise<T>;
  const flight = claimAndRun(ctx, request.scope, key, storedKey, hash, run, options).finally(() => flights.delete(flightKey));
  flights.set(flightKey, flight);
  return flight;
}

const inFlight = new WeakMap<object, Map<string, Promise<unknown>>>();

async function claimAndRun<T>(
  ctx: BillingContext,
  scope: IdempotencyScope,
  key: string,
  storedKey: string,
  hash: string,
  run: (attempt: IdempotentAttempt) => Promise<T>,
  options: IdempotencyOptions,
): Promise<T> {
  const where = { tenantId_scope_key: { tenantId: ctx.tenantId, scope, key: storedKey } };
  const deadline = Date.now() + (options.waitMs ?? 30_000);
  const staleAfterMs = options.staleAfterMs ?? 10 * 60_000;
  // Start gently and back off: a thousand waiting duplicates must not starve the one doing the work of connections.
  let pause = 20;
  for (;;) {
    const now = ctx.clock.now();
    const claimed = await ctx.db.idempotencyKey.createMany({
      data: [
        {
          tenantId: ctx.tenantId,
          scope,
          key: storedKey,
          requestHash: hash,
          state: "in_progress",
          createdAt: now,
          expiresAt: new Date(now.getTime() + IDEMPOTENCY_TTL_MS),
        },
      ],
      skipDuplicates: true,
    });
    if (claimed.count === 1) return execute(ctx, where, hash, run, null);

    const row = await ctx.db.idempotencyKey.findUnique({ where });
    if (row) {
      if (row.expiresAt <= now) {
        // Past its lifetime: forget it (only that exact row) and claim the key afresh.
        await ctx.db.idempotencyKey.deleteMany({ where: { ...where.tenantId_scope_key, expiresAt: row.expiresAt } });
        continue;
      }
      if (row.requestHash !== hash) {
        throw new DomainError(
          "IDEMPOTENCY_KEY_REUSED",
          `Idempotency key "${key}" was already used with different parameters (field: idempotencyKey).`,
          "CONFLICT",
        );
      }
      if (row.state === "completed") return row.response as T;
      if (now.getTime() - row.createdAt.getTime() > staleAfterMs) {
        const taken = await ctx.db.idempotencyKey.updateMany({
          where: { ...where.tenantId_scope_key, state: "in_progress", createdAt: row.createdAt },
          data: { createdAt: now },
        });
        if (taken.count === 1) return execute(ctx, where, hash, run, row.progress);
      }
      if (Date.now() >= deadline) {
        throw new DomainError("IDEMPOTENCY_KEY_IN_PROGRESS", `A request with idempotency key "${key}" is still running; retry later.`, "CONFLICT");
      }
    }
    // Released (the first run failed) or still running: look again shortly.
    await sleep(pause + Math.random() * pause);
    pause = Math.min(pause * 2, 250);
  }
}

async function execute<T>(
  ctx: BillingContext,
  where: { tenantId_scope_key: { tenantId: string; scope: string; key: string } },
  hash: string,
  run: (attempt: IdempotentAttempt) => Promise<T>,
  previous: Prisma.JsonValue | null,
): Promise<T> {
  const record = async (tx: Tx, progress: Prisma.InputJsonValue) => void (await tx.idempotencyKey.update({ where, data: { progress } }));
  let result: T;
  try {
    result = await run({ previous, record });
  } catch (error) {
    await ctx.db.idempotencyKey.deleteMany({ where: { ...where.tenantId_scope_key, requestHash: hash, state: "in_progress" } });
    throw error;
  }
  const response = JSON.parse(JSON.stringify(result ?? null)) as Prisma.InputJsonValue;
  await ctx.db.idempotencyKey.update({ where, data: { state: "completed", response } });
  return response as T;
}

function validKey(key: string): string {
  const trimmed = typeof key === "string" ? key.trim() : "";
  if (trimmed.length < 1 || trimmed.length > 255) {
    throw new DomainError("IDEMPOTENCY_KEY_INVALID", "An idempotency key of 1–255 characters is required (field: idempotencyKey).");
  }
  return trimmed;
}

/** Deletes keys past their expiry (run daily); returns how many went. */
export async function pruneIdempotencyKeys(ctx: Pick<BillingContext, "db" | "clock">): Promise<number> {
  const { count } = await ctx.db.idempotencyKey.deleteMany({ where: { expiresAt: { lt: ctx.clock.now() } } });
  return count;
}
