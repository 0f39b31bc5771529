import type { AccessActor } from "../../identity/access/permissions";
import type { BillingContext } from "../context";
import { voidInvoice } from "../invoices/invoice-status";

/** The billing system itself (renewals, expiry, failed changes): allowed everything, audited without a person. */
export function systemActor(tenantId: string): AccessActor {
  return { tenantId, actorId: null, permissions: "all" };
}

/**
 * Voids an invoice nobody will pay (an expired first invoice, a declined change) through the
 * invoices module, as the system. A failure is logged, not thrown: the subscription side of the
 * decision has already committed, and an open invoice can still be voided by an operator.
 */
export async function voidAsSystem(ctx: BillingContext, invoiceId: string, reason: string): Promise<void> {
  try {
    await voidInvoice({ ...ctx, actor: systemActor(ctx.tenantId) }, invoiceId, { reason });
  } catch (error) {
    console.error(`[billing] voiding invoice ${invoiceId} (${reason}) failed:`, error instanceof Error ? error.message : error);
  }
}

/** Voids the open invoices that would have started an incomplete subscription (its checkout invoice). */
export async function voidFirstInvoices(ctx: BillingContext, subscriptionId: string, reason: string): Promise<void> {
  const open = await ctx.db.invoice.findMany({
    where: {
      tenantId: ctx.tenantId,
      status: "open",
      OR: [{ subscriptionId }, { lines: { some: { refs: { path: ["subscriptionId"], equals: subscriptionId } } } }],
    },
    select: { id: true },
  });
  for (const invoice of open) await voidAsSystem(ctx, invoice.id, reason);
}
