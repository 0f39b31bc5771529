import { randomBytes } from "node:crypto";
import type { Tx } from "./client";

export type SavepointOutcome<T> = { ok: true; value: T } | { ok: false; error: unknown };

/**
 * Runs `work` inside the caller's transaction behind a SAVEPOINT: if it throws, only its own
 * writes are rolled back and the transaction stays usable (PostgreSQL otherwise aborts the whole
 * transaction on the first error), so the caller can record the failure and still commit what
 * came before. Raw SAVEPOINT statements, because the PGlite adapter refuses Prisma's nested
 * $transaction; both adapters run an interactive transaction on one connection, so they apply.
 */
export async function withSavepoint<T>(tx: Tx, work: () => Promise<T>): Promise<SavepointOutcome<T>> {
  const name = `sp_${randomBytes(6).toString("hex")}`;
  await tx.$executeRawUnsafe(`SAVEPOINT ${name}`);
  try {
    const value = await work();
    await tx.$executeRawUnsafe(`RELEASE SAVEPOINT ${name}`);
    return { ok: true, value };
  } catch (error) {
    await tx.$executeRawUnsafe(`ROLLBACK TO SAVEPOINT ${name}`);
    return { ok: false, error };
  }
}
