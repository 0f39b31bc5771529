import type { DbOrTx } from "@tillbox/db";
import { MAX_AMOUNT, assertWithinAmountLimit } from "../money/limits";
import { sellableRegistry } from "../sellables/registry";
import type { CheckoutState } from "./line-items";

/**
 * What paying this cart will credit to the customer's wallet must fit, checked before any provider
 * is asked for money: the credit happens inside the capture transaction, after the charge, where a
 * refusal would mean money taken and nothing delivered. Each item's tokens (a bundle's tokens, a
 * plan's grant for its first period, × quantity) and the balance they lead to must stay within
 * MAX_AMOUNT (each sellable says what a unit credits). Concurrent credits could still pass it between now and the capture; fulfilment then
 * records the payment and queues the invoice for an operator (payments/payment-issues.ts).
 */
export async function assertCartFulfillable(db: DbOrTx, state: CheckoutState): Promise<void> {
  const { cart } = state;
  let credit = 0;
  for (const [index, item] of cart.items.entries()) {
    const perUnit = sellableRegistry.get(item.kind)?.tokensCredited?.(state, item) ?? 0;
    const tokens = perUnit * (item.quantity ?? 1);
    assertWithinAmountLimit(tokens, `items[${index}].quantity`, "The tokens this item credits");
    credit += tokens;
  }
  if (credit === 0) return;
  assertWithinAmountLimit(credit, "items", "The tokens this order credits");
  const wallet = await db.tokenWallet.findUnique({ where: { tenantId_userId: { tenantId: cart.tenantId, userId: cart.userId } }, select: { balance: true } });
  const balance = wallet?.balance ?? 0;
  if (balance + credit > MAX_AMOUNT) {
    assertWithinAmountLimit(
      balance + credit,
      "items",
      `Your balance of ${balance.toLocaleString("en")} tokens plus the ${credit.toLocaleString("en")} this order credits`,
    );
  }
}
