import type { Tx } from "@tillbox/db";
import type { BillingContext } from "../context";
import type { SavedMethodDetails } from "./provider-contract";

/**
 * A method the provider saved for renewals (with a payment, or by a setup) becomes the user's
 * default; the given subscriptions use it when they have none yet. Returns the PaymentMethod id.
 */
export async function saveMethod(tx: Tx, ctx: BillingContext, userId: string, provider: string, method: SavedMethodDetails, subscriptionIds: string[]) {
  const data = {
    providerCustomerId: method.providerCustomerId,
    brand: method.brand,
    last4: method.last4,
    expMonth: method.expMonth,
    expYear: method.expYear,
    isDefault: true,
  };
  await tx.paymentMethod.updateMany({ where: { tenantId: ctx.tenantId, userId, isDefault: true }, data: { isDefault: false } });
  const row = await tx.paymentMethod.upsert({
    where: { provider_providerMethodId: { provider, providerMethodId: method.providerMethodId } },
    create: { tenantId: ctx.tenantId, userId, provider, providerMethodId: method.providerMethodId, ...data },
    update: data,
  });
  if (subscriptionIds.length > 0) {
    await tx.subscription.updateMany({
      where: { tenantId: ctx.tenantId, userId, id: { in: subscriptionIds }, paymentMethodId: null },
      data: { paymentMethodId: row.id },
    });
  }
  return row.id;
}
