import { z } from "zod";

export const tokenBalanceSchema = z.object({ balance: z.number().int() });

export const tokenLedgerItemSchema = z.object({
  id: z.string(),
  kind: z.string(),
  /** Signed: credits positive, debits negative. */
  amount: z.number().int(),
  balanceAfter: z.number().int(),
  feature: z.string().nullable(),
  reference: z.string().nullable(),
  expiresAt: z.date().nullable(),
  createdAt: z.date(),
  /** Admin views only (adjustment reasons, transfer ids). */
  metadata: z.unknown().optional(),
});
export type TokenLedgerItem = z.infer<typeof tokenLedgerItemSchema>;

export const tokenLedgerPageSchema = z.object({
  balance: z.number().int(),
  entries: z.array(tokenLedgerItemSchema),
  /** Pass it as `cursor` for older entries; null on the last page. */
  nextCursor: z.string().nullable(),
});
export type TokenLedgerPage = z.infer<typeof tokenLedgerPageSchema>;
