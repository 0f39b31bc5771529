import type { DbOrTx } from "@tillbox/db";
import type { SavedMethodRef } from "../payments/provider-contract";
import type { SubscriptionRow } from "./transition";

/**
 * The method renewals charge: the subscription's own, else the user's default for the
 * subscription's provider (undefined lets chargeInvoice pick the default for off-session charges).
 */
export async function savedMethodOf(db: DbOrTx, subscription: SubscriptionRow): Promise<SavedMethodRef | undefined> {
  const where = subscription.paymentMethodId
    ? { id: subscription.paymentMethodId, tenantId: subscription.tenantId }
    : { tenantId: subscription.tenantId, userId: subscription.userId, ...(subscription.provider ? { provider: subscription.provider } : {}) };
  const method = await db.paymentMethod.findFirst({ where, orderBy: [{ isDefault: "desc" }, { createdAt: "desc" }] });
  return method ? { providerMethodId: method.providerMethodId, providerCustomerId: method.providerCustomerId } : undefined;
}
