import type { DbOrTx, Tx } from "@tillbox/db";
import { creditTokens } from "../wallet";
import type { SubscriptionRow } from "./transition";

/** The ledger reference of a period's grant: one grant per subscription and period start. */
export function grantReference(subscriptionId: string, periodStart: Date): string {
  return `subscription:${subscriptionId}:period:${periodStart.toISOString()}`;
}

/** The whole-period grant (× quantity) a grant entry was given at: recorded as level, else its amount. */
export function grantLevelOf(entry: { amount: number; metadata: unknown }): number {
  const level = (entry.metadata as { level?: unknown } | null)?.level;
  return typeof level === "number" ? level : entry.amount;
}

/** The grants of the subscription's current period: its period grant and any change top-ups. */
export function periodGrants(db: DbOrTx, subscription: SubscriptionRow) {
  const reference = grantReference(subscription.id, subscription.currentPeriodStart);
  return db.tokenLedgerEntry.findMany({
    where: { tenantId: subscription.tenantId, kind: "grant", OR: [{ reference }, { reference: { startsWith: `${reference}:change:` } }] },
    select: { reference: true, amount: true, metadata: true },
  });
}

/**
 * Credits the plan's tokenGrant for the subscription's current period, once: the renewal job and
 * the payment that settles the period both call this, under the subscription's row lock, and the
 * second finds the grant already written. Without roll-over the grant expires at the period end
 * (the wallet writes the unused remainder off). When an upgrade's top-up came first (the period's
 * payment settled after the change), the period gets the grant it started with, not the new plan's
 * again: the top-up already covers the rest.
 */
export async function grantPeriodTokens(tx: Tx, subscription: SubscriptionRow, now: Date): Promise<{ granted: number }> {
  const plan = await tx.plan.findFirst({
    where: { id: subscription.planId, tenantId: subscription.tenantId },
    select: { tokenGrant: true, tokenRollover: true },
  });
  const level = (plan?.tokenGrant ?? 0) * subscription.quantity;
  if (level <= 0) return { granted: 0 };
  const reference = grantReference(subscription.id, subscription.currentPeriodStart);
  const existing = await periodGrants(tx, subscription);
  if (existing.some((entry) => entry.reference === reference)) return { granted: 0 };
  const before = existing.map((entry) => (entry.metadata as { fromLevel?: unknown }).fromLevel).filter((value): value is number => typeof value === "number");
  const amount = before.length > 0 ? Math.min(level, ...before) : level;
  if (amount <= 0) return { granted: 0 };
  await creditTokens(tx, {
    tenantId: subscription.tenantId,
    userId: subscription.userId,
    amount,
    kind: "grant",
    reference,
    expiresAt: plan!.tokenRollover ? null : subscription.currentPeriodEnd,
    metadata: { subscriptionId: subscription.id, planId: subscription.planId, periodEnd: subscription.currentPeriodEnd.toISOString(), level: amount },
    now,
  });
  return { granted: amount };
}
