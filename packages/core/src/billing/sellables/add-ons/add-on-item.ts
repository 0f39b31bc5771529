import { z } from "zod";
import { cartQuantitySchema } from "../cart-quantity";

/** An add-on goes with a plan in the same cart, or with a live subscription the customer names. */
export const addOnItemSchema = z.object({
  kind: z.literal("add_on"),
  addOnId: z.string().uuid(),
  quantity: cartQuantitySchema,
  subscriptionId: z.string().uuid().optional(),
});
export type AddOnItem = z.infer<typeof addOnItemSchema>;
