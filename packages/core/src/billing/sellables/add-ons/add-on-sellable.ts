import { defineSellable } from "../sellable";
import { addOnItemSchema } from "./add-on-item";

/**
 * Billing's add-ons. Checkout reserves a pending AddOnPurchase per line (attached to the subscription
 * the item names, or for a recurring add-on to the cart's first new subscription); paying the
 * invoice activates it, voiding the invoice cancels it. A failed payment keeps it pending: the
 * customer may still pay the open invoice.
 */
export const addOnSellable = defineSellable({
  kind: "add_on",
  plugin: null,
  item: addOnItemSchema,
  price(state, item, index) {
    const quantity = item.quantity ?? 1;
    const addOn = state.catalogue.addOns[item.addOnId]!;
    const price = addOn.price!;
    return [
      {
        kind: "add_on",
        source: "core.price",
        quantity,
        taxable: true,
        tax: null,
        description: addOn.name,
        unitAmount: price.unitAmount,
        amount: quantity * price.unitAmount,
        refs: { itemIndex: index, addOnId: addOn.id, priceId: price.id, recurring: addOn.recurring, subscriptionId: item.subscriptionId ?? null },
      },
    ];
  },
  async reserve(_tx, { ctx, state, line, subscriptionId }) {
    const target = (line.refs.subscriptionId as string | null) ?? (line.refs.recurring ? subscriptionId : null);
    return {
      refs: { subscriptionId: target },
      async attach(tx, invoiceId) {
        await tx.addOnPurchase.create({
          data: {
            tenantId: ctx.tenantId,
            userId: state.cart.userId,
            addOnId: String(line.refs.addOnId),
            subscriptionId: target,
            status: "pending",
            currency: state.cart.currency,
            unitAmount: line.unitAmount,
            quantity: line.quantity,
            invoiceId,
          },
        });
      },
    };
  },
  releaseOn: ["invoice_void"],
  async release(tx, { ctx, invoice, line, now }) {
    await tx.addOnPurchase.updateMany({
      where: { tenantId: ctx.tenantId, invoiceId: invoice.id, addOnId: String(line.refs.addOnId), status: "pending" },
      data: { status: "canceled", canceledAt: now },
    });
  },
  async fulfil(tx, { ctx, invoice, line, now }) {
    await tx.addOnPurchase.updateMany({
      where: { tenantId: ctx.tenantId, invoiceId: invoice.id, addOnId: String(line.refs.addOnId), status: "pending" },
      data: { status: "active", activatedAt: now },
    });
  },
});
