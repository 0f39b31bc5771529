import { z } from "zod";
import { cartQuantitySchema } from "../cart-quantity";

/** A plan in a cart: recurring plans start a subscription, one-time plans are bought once. */
export const planItemSchema = z.object({ kind: z.literal("plan"), planId: z.string().uuid(), quantity: cartQuantitySchema });
export type PlanItem = z.infer<typeof planItemSchema>;
