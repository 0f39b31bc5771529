import { defineConfig } from "vitest/config";
import base from "./vitest.config.ts";

/**
 * The second Vitest pass of `pnpm test` when DATABASE_URL is set: only the tests whose outcome
 * can depend on running on PGlite instead of the PostgreSQL server. PGlite is the same Postgres
 * (in WASM), so SQL, constraints and triggers behave alike and the first pass has covered them;
 * what differs is the driver (pglite-prisma-adapter, our wire server in packages/db/src/embedded)
 * and that PGlite is one connection, so concurrent transactions queue instead of interleaving.
 * Without DATABASE_URL the whole suite runs once on PGlite (vitest.config.ts) and this list is unused.
 *
 * Add a test here when it branches on DATABASE_URL / `test.url`, opens PGlite itself, or runs
 * concurrent transactions through one client. Run it alone: `pnpm exec vitest run -c vitest.pglite.config.ts`.
 */
export const pgliteSensitiveTests = [
  // Migration runner on a PGlite connection, the embedded wire server, createTestDb's PGlite
  // snapshots, forTenant in interactive and batch transactions through the PGlite adapter.
  "packages/db/**/*.test.ts",
  // Outbox emit in transactions, relay claims (FOR UPDATE SKIP LOCKED, leases) on one connection.
  "packages/events/**/*.test.ts",
  // The CLI on the embedded data folder (no DATABASE_URL: its own PGlite) and the dev seeds.
  "packages/cli/**/*.test.ts",
  // Concurrency tests that use many pools on the server and the single shared client on PGlite.
  "packages/core/tests/billing/wallet/concurrency.test.ts",
  "packages/core/tests/billing/wallet/grant-expiry.test.ts",
  "packages/core/tests/billing/idempotency/concurrent-checkout.test.ts",
  "packages/core/tests/billing/subscriptions/renewals-concurrency.test.ts",
  "packages/core/tests/billing/invoices/document-number.test.ts",
  "packages/plugin-sdk/tests/meter.test.ts",
  // One end-to-end billing scenario (checkout, renewals, dunning, refunds, PDFs) through the adapter.
  "packages/api/tests/billing/done-when.test.ts",
];

export default defineConfig({
  test: {
    ...base.test,
    include: pgliteSensitiveTests,
    // Scaffolds a plugin in a copy of the repository and runs its router tests there, like the
    // other plugins' tests, which the first pass covers on the server: two minutes to rerun for nothing.
    exclude: [...(base.test?.exclude ?? []), "packages/cli/tests/create-plugin.test.ts"],
    // One worker process runs several of these files: a fresh process per file paid PGlite's WASM
    // warm-up and createTestDb's migrated snapshot again each time (a third of this pass's CPU).
    // These files restore what they change (env, clocks, mailer) in afterAll.
    isolate: false,
  },
});
