import { z } from "zod";

/** The first look of the recovery sweep at a payment nobody recorded an answer for. */
export const FIRST_RECOVERY_CHECK_MS = 10 * 60_000;

/**
 * What a provider was asked for a payment, besides amount and customer (which the Payment and its
 * invoice hold): stored as JSON on the Payment, read back to ask again identically.
 */
export const providerRequestSchema = z.object({
  idempotencyKey: z.string().min(1),
  offSession: z.boolean(),
  savePaymentMethod: z.boolean(),
  savedMethod: z.object({ providerMethodId: z.string(), providerCustomerId: z.string().nullable() }).optional(),
});
export type ProviderRequest = z.infer<typeof providerRequestSchema>;

export function readProviderRequest(stored: unknown, paymentId: string): ProviderRequest {
  const parsed = providerRequestSchema.safeParse(stored);
  if (!parsed.success) throw new Error(`Payment ${paymentId} has no stored provider request; it can't be sent to its provider.`);
  return parsed.data;
}
