import { Prisma, type Tx } from "@tillbox/db";
import type { SubscriptionRow } from "./transition";

export interface JobRunSummary {
  processed: number;
  /** Subscriptions whose step threw (rolled back, logged, retried on the next run). */
  failed: string[];
}

export type JobKind = "renewal" | "dunning" | "trial_reminder" | "incomplete_expiry";

/** Stripe lets a first invoice stay unpaid for 23 hours before the subscription expires. */
export const INCOMPLETE_EXPIRY_MS = 23 * 60 * 60_000;

// TIMESTAMP(3) columns hold UTC wall time (as Prisma writes DateTime): compare with a UTC literal.
const at = (date: Date) => Prisma.sql`${date.toISOString()}::timestamptz AT TIME ZONE 'UTC'`;

function dueCondition(kind: JobKind, now: Date): Prisma.Sql {
  switch (kind) {
    case "renewal":
      // past_due / unpaid wait for dunning; paused ones don't renew; any live one may end at its period end.
      return Prisma.sql`s."current_period_end" <= ${at(now)} AND (s."status" IN ('active', 'trialing')
        OR (s."cancel_at_period_end" AND s."status" IN ('past_due', 'paused', 'unpaid')))`;
    case "dunning":
      return Prisma.sql`s."next_retry_at" <= ${at(now)} AND s."status" IN ('active', 'past_due')`;
    case "trial_reminder":
      return Prisma.sql`s."status" = 'trialing' AND s."trial_reminder_sent_at" IS NULL AND s."trial_end" > ${at(now)}
        AND s."trial_end" - make_interval(days => COALESCE(b."trial_reminder_days", 3)) <= ${at(now)}`;
    case "incomplete_expiry":
      return Prisma.sql`s."status" = 'incomplete' AND s."current_period_start" <= ${at(new Date(now.getTime() - INCOMPLETE_EXPIRY_MS))}`;
  }
}

/**
 * Locks the next due subscription for this transaction, skipping rows another worker holds
 * (FOR UPDATE SKIP LOCKED) and the ones that already failed in this run. Across all tenants:
 * jobs run on the unscoped client and work per row's tenant.
 */
export async function claimNext(tx: Tx, kind: JobKind, now: Date, skip: readonly string[] = []): Promise<SubscriptionRow | null> {
  const notSkipped = skip.length > 0 ? Prisma.sql`AND s."id" NOT IN (${Prisma.join(skip.map((id) => Prisma.sql`${id}::uuid`))})` : Prisma.empty;
  const rows = await tx.$queryRaw<{ id: string }[]>`
    SELECT s."id" FROM "billing_subscription" s LEFT JOIN "billing_settings" b ON b."tenant_id" = s."tenant_id"
    WHERE ${dueCondition(kind, now)} ${notSkipped}
    ORDER BY s."current_period_end", s."id" LIMIT 1 FOR UPDATE OF s SKIP LOCKED`;
  const id = rows[0]?.id;
  return id ? tx.subscription.findUnique({ where: { id } }) : null;
}
