import { z } from "zod";

/** Every sellable's item takes the same optional quantity (1 when omitted). */
export const cartQuantitySchema = z.number().int().min(1).max(10_000).optional();
