import type { DbOrTx, Tx } from "@tillbox/db";
import { creditTokens } from "../wallet";
import { grantLevelOf, grantPeriodTokens, grantReference, periodGrants } from "./grants";
import type { ResolvedSubscriptionChange } from "./proration";
import type { SubscriptionRow } from "./transition";

interface TopUp {
  amount: number;
  /** The new plan's grant for a whole period (× quantity). */
  level: number;
  /** The grant this period was already given at, which the top-up builds on. */
  covered: number;
  tokenRollover: boolean;
}

/** Does applying this change start a new cycle (an interval change outside a trial)? */
export const restartsPeriod = (change: ResolvedSubscriptionChange) => change.newPeriodEnd !== null && !change.trialing;

/**
 * The top-up of an immediate change within the current period: the new plan's grant minus what
 * this period already covers, prorated for the time left exactly like the charge, rounded down:
 *   floor((newGrant − covered) × (end − t) / (end − start))
 * covered is the highest grant of this period (the old plan's, or a higher one an earlier change
 * reached), so a downgrade never takes tokens back and an upgrade after it doesn't grant them twice.
 */
async function topUp(db: DbOrTx, subscription: SubscriptionRow, change: ResolvedSubscriptionChange): Promise<TopUp> {
  const plans = await db.plan.findMany({
    where: { tenantId: subscription.tenantId, id: { in: [change.fromPlanId, change.toPlanId] } },
    select: { id: true, tokenGrant: true, tokenRollover: true },
  });
  const from = plans.find((plan) => plan.id === change.fromPlanId);
  const to = plans.find((plan) => plan.id === change.toPlanId);
  const level = (to?.tokenGrant ?? 0) * change.quantity;
  const entries = await periodGrants(db, subscription);
  const covered = entries.length > 0 ? Math.max(...entries.map(grantLevelOf)) : (from?.tokenGrant ?? 0) * change.quantity;
  const [start, end, at] = [Date.parse(change.periodStart), Date.parse(change.periodEnd), Date.parse(change.prorationDate)];
  const amount = level > covered ? Number((BigInt(level - covered) * BigInt(end - at)) / BigInt(end - start)) : 0;
  return { amount, level, covered, tokenRollover: to?.tokenRollover ?? false };
}

/** What applying the change now would grant, for the preview (reads only). */
export async function changeGrantPreview(db: DbOrTx, subscription: SubscriptionRow, change: ResolvedSubscriptionChange): Promise<number> {
  if (!restartsPeriod(change)) return (await topUp(db, subscription, change)).amount;
  const plan = await db.plan.findFirst({ where: { id: change.toPlanId, tenantId: subscription.tenantId }, select: { tokenGrant: true } });
  return (plan?.tokenGrant ?? 0) * change.quantity;
}

/**
 * Grants the tokens of a change just applied, in its transaction and under the subscription's row
 * lock: a restarted cycle gets the new plan's full period grant (the old period's unused grant
 * keeps its own expiry); otherwise the top-up, as a grant lot that expires with the period unless
 * the plan rolls over. Its reference names the period and the change, so a retried fulfilment or
 * a replayed change finds it written and grants nothing more.
 */
export async function grantChangeTokens(
  tx: Tx,
  before: SubscriptionRow,
  after: SubscriptionRow,
  change: ResolvedSubscriptionChange,
  now: Date,
): Promise<{ granted: number }> {
  if (restartsPeriod(change)) return grantPeriodTokens(tx, after, now);
  const grant = await topUp(tx, before, change);
  if (grant.amount <= 0) return { granted: 0 };
  const reference = `${grantReference(before.id, before.currentPeriodStart)}:change:${change.prorationDate}`;
  if (await tx.tokenLedgerEntry.findFirst({ where: { tenantId: before.tenantId, kind: "grant", reference }, select: { id: true } })) return { granted: 0 };
  await creditTokens(tx, {
    tenantId: before.tenantId,
    userId: before.userId,
    amount: grant.amount,
    kind: "grant",
    reference,
    now,
    expiresAt: grant.tokenRollover ? null : before.currentPeriodEnd,
    metadata: {
      subscriptionId: before.id,
      planId: change.toPlanId,
      periodEnd: before.currentPeriodEnd.toISOString(),
      prorationDate: change.prorationDate,
      level: grant.level,
      fromLevel: grant.covered,
    },
  });
  return { granted: grant.amount };
}
