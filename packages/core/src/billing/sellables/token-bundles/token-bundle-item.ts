import { z } from "zod";
import { cartQuantitySchema } from "../cart-quantity";

/** A bundle of tokens credited to the customer's wallet when paid. */
export const tokenBundleItemSchema = z.object({ kind: z.literal("token_bundle"), bundleId: z.string().uuid(), quantity: cartQuantitySchema });
export type TokenBundleItem = z.infer<typeof tokenBundleItemSchema>;
