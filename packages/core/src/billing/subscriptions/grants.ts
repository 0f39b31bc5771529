import type { Tx } from "@tillbox/db";
import { creditTokens } from "../wallet";
import type { SubscriptionRow } from "./transition";

/** The ledger reference of a period's grant: one grant per subscription and period start. */
export function grantReference(subscriptionId: string, periodStart: Date): string {
  return `subscription:${subscriptionId}:period:${periodStart.toISOString()}`;
}

/**
 * Credits the plan's tokenGrant for the subscription's current period, once: the renewal job and
 * the payment that settles the period both call this, under the subscription's row lock, and the
 * second finds the grant already written. Without roll-over the grant expires at the period end
 * (the wallet writes the unused remainder off).
 */
export async function grantPeriodTokens(tx: Tx, subscription: SubscriptionRow, now: Date): Promise<{ granted: number }> {
  const plan = await tx.plan.findFirst({ where: { id: subscription.planId, tenantId: subscription.tenantId }, select: { tokenGrant: true, tokenRollover: true } });
  const amount = (plan?.tokenGrant ?? 0) * subscription.quantity;
  if (amount <= 0) return { granted: 0 };
  const reference = grantReference(subscription.id, subscription.currentPeriodStart);
  const existing = await tx.tokenLedgerEntry.findFirst({ where: { tenantId: subscription.tenantId, kind: "grant", reference }, select: { id: true } });
  if (existing) return { granted: 0 };
  await creditTokens(tx, {
    tenantId: subscription.tenantId,
    userId: subscription.userId,
    amount,
    kind: "grant",
    reference,
    expiresAt: plan!.tokenRollover ? null : subscription.currentPeriodEnd,
    metadata: { subscriptionId: subscription.id, planId: subscription.planId, periodEnd: subscription.currentPeriodEnd.toISOString() },
    now,
  });
  return { granted: amount };
}
