import { sellableRegistry } from "../sellables/registry";
import type { LineItemHandler } from "./line-items";

/**
 * core.price (order 100): each cart item priced by its sellable's line handler, in cart order.
 * Items were parsed against the registry (parseCart), so every kind has its sellable.
 */
export const priceHandler: LineItemHandler = {
  id: "core.price",
  order: 100,
  apply(state) {
    const lines = state.cart.items.flatMap((item, index) => {
      const sellable = sellableRegistry.get(item.kind);
      if (!sellable) throw new Error(`No sellable "${item.kind}" is registered (field: items[${index}].kind).`);
      return sellable.price(state, item, index);
    });
    return { ...state, lines: [...state.lines, ...lines] };
  },
};
