import { creditTokens } from "../../wallet";
import { defineSellable } from "../sellable";
import { clawBackTokens, restoreTokens } from "./claw-back";
import { tokenBundleItemSchema } from "./token-bundle-item";

/**
 * Billing's token bundles: credited to the wallet when paid, taken back in proportion on each
 * refund (what the wallet still holds), given back if that refund fails at the provider.
 */
export const tokenBundleSellable = defineSellable({
  kind: "token_bundle",
  plugin: null,
  item: tokenBundleItemSchema,
  tokensCredited: (state, item) => state.catalogue.bundles[item.bundleId]?.tokens ?? 0,
  price(state, item, index) {
    const quantity = item.quantity ?? 1;
    const bundle = state.catalogue.bundles[item.bundleId]!;
    const price = bundle.price!;
    return [
      {
        kind: "token_bundle",
        source: "core.price",
        quantity,
        taxable: true,
        tax: null,
        description: `${bundle.name} (${bundle.tokens} tokens)`,
        unitAmount: price.unitAmount,
        amount: quantity * price.unitAmount,
        refs: { itemIndex: index, bundleId: bundle.id, priceId: price.id, tokens: bundle.tokens },
      },
    ];
  },
  async fulfil(tx, { invoice, line, now }) {
    if (typeof line.refs.tokens !== "number") return;
    await creditTokens(tx, {
      tenantId: invoice.tenantId,
      userId: invoice.userId,
      amount: line.refs.tokens * line.quantity,
      kind: "purchase",
      reference: invoice.id,
      metadata: { bundleId: line.refs.bundleId ?? null, invoiceLineId: line.id },
      now,
    });
  },
  async refunded(tx, slice) {
    return { tokensDebited: await clawBackTokens(tx, slice) };
  },
  async refundFailed(tx, input) {
    return { tokensRestored: await restoreTokens(tx, input) };
  },
});
