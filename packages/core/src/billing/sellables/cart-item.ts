import { z } from "zod";
import type { CartItem } from "../checkout/line-items";
import { cartQuantitySchema } from "./cart-quantity";
import { sellableRegistry } from "./registry";

/** The shape every plugin's item shares; its own schema (in its sellable) checks the rest. */
export const pluginItemSchema = z.looseObject({ kind: z.templateLiteral([z.string(), ":", z.string()]), quantity: cartQuantitySchema });

/**
 * A cart item, checked against the schema of the sellable its kind names; an unknown kind is
 * refused on `kind`, any other problem on the item's own field (items.0.planId).
 */
export const cartItemSchema = z.looseObject({ kind: z.string().min(1).max(80) }).transform((item, ctx): CartItem => {
  const sellable = sellableRegistry.get(item.kind);
  if (!sellable) {
    ctx.issues.push({ code: "custom", input: item.kind, path: ["kind"], message: `nothing called "${item.kind}" is sold here` });
    return z.NEVER;
  }
  const parsed = sellable.item.safeParse(item);
  if (parsed.success) return parsed.data as CartItem;
  for (const issue of parsed.error.issues) ctx.issues.push({ ...issue, input: item } as (typeof ctx.issues)[number]);
  return z.NEVER;
});
