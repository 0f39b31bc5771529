import type { DbOrTx } from "@tillbox/db";
import { DomainError } from "../../errors";

export type DocumentKind = "invoice" | "credit_note";

const SEQ_TOKEN = /\{SEQ(?::(\d{1,2}))?\}/g;

/**
 * Renders the date tokens of a number format ({YYYY} {YY} {MM}, UTC) and leaves the one {SEQ} /
 * {SEQ:n} token in place. The result keys the sequence row, so "INV-{YYYY}-{SEQ}" restarts at 1
 * each year while "INV-{SEQ}" never restarts.
 */
export function renderNumberPrefix(format: string, at: Date): string {
  const seqTokens = format.match(SEQ_TOKEN) ?? [];
  if (seqTokens.length !== 1) {
    throw new DomainError("NUMBER_FORMAT_INVALID", `The number format "${format}" must contain exactly one {SEQ} or {SEQ:n} token.`);
  }
  const year = String(at.getUTCFullYear());
  return format
    .replaceAll("{YYYY}", year)
    .replaceAll("{YY}", year.slice(-2))
    .replaceAll("{MM}", String(at.getUTCMonth() + 1).padStart(2, "0"));
}

export function renderDocumentNumber(prefix: string, value: number): string {
  return prefix.replace(SEQ_TOKEN, (_token, width: string | undefined) => String(value).padStart(width ? Number(width) : 0, "0"));
}

/**
 * Takes the next number of a gap-free sequence. Call it inside the transaction that finalises the
 * document: the upsert locks the sequence row until that transaction ends, so concurrent
 * finalisations queue, and a rollback returns the number (no gap, no duplicate).
 */
export async function nextDocumentNumber(tx: DbOrTx, tenantId: string, kind: DocumentKind, format: string, at: Date): Promise<string> {
  const prefix = renderNumberPrefix(format, at);
  const rows = await tx.$queryRaw<{ last_value: number }[]>`
    INSERT INTO "billing_document_sequence" ("tenant_id", "kind", "prefix", "last_value")
    VALUES (${tenantId}, ${kind}, ${prefix}, 1)
    ON CONFLICT ("tenant_id", "kind", "prefix") DO UPDATE SET "last_value" = "billing_document_sequence"."last_value" + 1
    RETURNING "last_value"`;
  return renderDocumentNumber(prefix, Number(rows[0]!.last_value));
}
