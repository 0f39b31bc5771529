import { PrismaPg } from "@prisma/adapter-pg";
import type { PGlite } from "@electric-sql/pglite";
import { PrismaPGlite } from "pglite-prisma-adapter";
import { PrismaClient, Prisma } from "./client.generated/client";

export { Prisma, PrismaClient };
export type Db = PrismaClient;
/** The client handed to code running inside `db.$transaction(async (tx) => …)`. */
export type Tx = Prisma.TransactionClient;
/** Either a client or a transaction: for functions that work in both. */
export type DbOrTx = Db | Tx;

export type DbTarget = { url: string } | { pglite: PGlite };

export function createDb(target: DbTarget): Db {
  const adapter = "url" in target ? new PrismaPg({ connectionString: target.url }) : new PrismaPGlite(target.pglite);
  return new PrismaClient({ adapter });
}

// clientClass: the PrismaClient the cached client was made with (instanceof can't tell: a client is a proxy).
const globalForDb = globalThis as unknown as { tillboxDb?: Db; clientClass?: typeof PrismaClient };

/**
 * The process-wide client. Apps always get DATABASE_URL: `pnpm dev` starts the embedded
 * Postgres and points it there.
 */
export function getDb(): Db {
  dropClientOfReplacedModule();
  if (!globalForDb.tillboxDb) {
    const url = process.env.DATABASE_URL;
    if (!url) {
      throw new Error("DATABASE_URL is not set. Run `pnpm dev` (it starts the embedded Postgres) or set DATABASE_URL.");
    }
    globalForDb.tillboxDb = createDb({ url });
    globalForDb.clientClass = PrismaClient;
  }
  return globalForDb.tillboxDb;
}

/**
 * `pnpm compose` (e.g. run by `pnpm create-plugin`) regenerates the client while `next dev` runs;
 * the reloaded module brings a new PrismaClient class, and a client made from the old one lacks
 * the new plugin's models. Only in development: elsewhere the module is loaded once.
 */
function dropClientOfReplacedModule(): void {
  const cached = globalForDb.tillboxDb;
  if (process.env.NODE_ENV !== "development" || !cached || globalForDb.clientClass === PrismaClient) return;
  globalForDb.tillboxDb = undefined;
  void cached.$disconnect().catch(() => {});
}

/** Lets tests and the CLI install the client the rest of the process will use. */
export function setDb(db: Db | undefined): void {
  globalForDb.tillboxDb = db;
  globalForDb.clientClass = PrismaClient;
}
