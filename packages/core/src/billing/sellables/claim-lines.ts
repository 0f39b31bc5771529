import { Prisma, type Tx } from "@tillbox/db";
import type { LineFulfilmentState } from "./sellable";

/**
 * Moves the given lines from one of `from` to `to` in one statement and returns each moved line's
 * previous state. The row locks make it exactly once: a concurrent claim waits, re-reads the line
 * (PostgreSQL re-checks the condition on the row it waited for) and moves nothing.
 */
export async function claimLines(
  tx: Tx,
  invoiceId: string,
  lineIds: readonly string[],
  from: readonly LineFulfilmentState[],
  to: LineFulfilmentState,
): Promise<Map<string, LineFulfilmentState>> {
  if (lineIds.length === 0) return new Map();
  const rows = await tx.$queryRaw<{ id: string; previous: LineFulfilmentState }[]>`
    UPDATE "billing_invoice_line" l SET "fulfilment" = ${to}
    FROM (
      SELECT "id", "fulfilment" AS "previous" FROM "billing_invoice_line"
      WHERE "invoice_id" = ${invoiceId}::uuid AND "id" IN (${Prisma.join(lineIds.map((id) => Prisma.sql`${id}::uuid`))})
        AND "fulfilment" IN (${Prisma.join([...from])})
      FOR UPDATE
    ) p
    WHERE l."id" = p."id"
    RETURNING l."id"::text AS "id", p."previous"`;
  return new Map(rows.map((row) => [row.id, row.previous]));
}
