import type { Tx } from "@tillbox/db";
import type { ResolvedCycle } from "./cycle-handler";
import type { SubscriptionRow } from "./transition";

/**
 * The pending items a renewal invoice takes. Credits never take the invoice below zero: a credit
 * larger than what's left is split, the rest stays pending for the next renewal (Stripe would
 * keep it on the customer's credit balance).
 */
export async function pendingItemsFor(tx: Tx, subscription: SubscriptionRow, baseAmount: number): Promise<ResolvedCycle["items"]> {
  const rows = await tx.pendingInvoiceItem.findMany({
    where: { tenantId: subscription.tenantId, subscriptionId: subscription.id, invoiceId: null, currency: subscription.currency },
    orderBy: [{ amount: "desc" }, { createdAt: "asc" }, { id: "asc" }],
  });
  let running = baseAmount;
  const taken: ResolvedCycle["items"] = [];
  for (const row of rows) {
    if (row.amount >= 0 || running + row.amount >= 0) {
      running += row.amount;
      taken.push(toItem(row));
      continue;
    }
    if (running === 0) continue;
    // Split: this renewal takes −running, the remainder stays pending.
    const usable = -running;
    await tx.pendingInvoiceItem.update({ where: { id: row.id }, data: { amount: row.amount - usable } });
    const part = await tx.pendingInvoiceItem.create({
      data: { ...row, id: undefined, amount: usable, refs: { ...(row.refs as object), splitFrom: row.id } },
    });
    running = 0;
    taken.push(toItem(part));
  }
  return taken;
}

function toItem(row: {
  id: string;
  kind: string;
  description: string;
  amount: number;
  periodStart: Date | null;
  periodEnd: Date | null;
}): ResolvedCycle["items"][number] {
  return {
    id: row.id,
    kind: row.kind,
    description: row.description,
    amount: row.amount,
    periodStart: row.periodStart?.toISOString() ?? null,
    periodEnd: row.periodEnd?.toISOString() ?? null,
  };
}
