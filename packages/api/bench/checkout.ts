/**
 * `pnpm bench:checkout`: purchases per second (checkout + card + capture over HTTP) and their
 * p50/p99 latency at 1, 16 and 64 concurrent clients, next to pgbench's TPC-B on the same
 * PostgreSQL in the same run, and the API server's memory under that load. Figures only. Next to
 * them, two baselines from the same run: pgbench's TPC-B, and what HTTP alone allows (a
 * purchase's three round trips to a server endpoint that does nothing).
 *
 *   BENCH_DATABASE_URL (default postgresql://postgres@127.0.0.1:5432/postgres) names the server;
 *   a scratch database (BENCH_DATABASE_NAME, default `tillbox_bench`) is created on it and dropped at the end.
 *   BENCH_SECONDS (default 10) per concurrency level; BENCH_CLIENTS (default "1,16,64").
 *   BENCH_PROFILE=<dir> writes a V8 CPU profile of the API server there (open it in Chrome DevTools).
 */
import { fork } from "node:child_process";
import { fileURLToPath } from "node:url";
import { createBenchCustomers, createBenchDatabase, dropBenchDatabase } from "./bench-setup";
import { pgbenchTps } from "./pgbench";
import { purchase } from "./purchase-client";

const adminUrl = process.env.BENCH_DATABASE_URL ?? "postgresql://postgres@127.0.0.1:5432/postgres";
const seconds = Number(process.env.BENCH_SECONDS ?? 10);
const levels = (process.env.BENCH_CLIENTS ?? "1,16,64").split(",").map(Number);
const port = Number(process.env.BENCH_PORT ?? 3900);
const baseUrl = `http://127.0.0.1:${port}`;
const name = process.env.BENCH_DATABASE_NAME ?? "tillbox_bench";

console.log(`Preparing ${name} (migrate, seed, ${Math.max(...levels)} customers)…`);
const url = await createBenchDatabase(adminUrl, name);
const { customers, bundleId, db } = await createBenchCustomers(url, Math.max(...levels));
const server = fork(fileURLToPath(new URL("./checkout-server.ts", import.meta.url)), [], {
  execArgv: ["--import", "tsx", ...(process.env.BENCH_PROFILE ? ["--cpu-prof", `--cpu-prof-dir=${process.env.BENCH_PROFILE}`] : [])],
  env: {
    ...process.env,
    DATABASE_URL: url,
    BENCH_PORT: String(port),
    RATE_LIMIT_API_PER_MINUTE: "0",
    TILLBOX_RELAY: "off",
    REDIS_URL: "",
    NODE_ENV: "development",
  },
  stdio: ["ignore", "inherit", "inherit", "ipc"],
});
await new Promise<void>((resolve, reject) => {
  server.once("message", () => resolve());
  server.once("exit", (code) => reject(new Error(`bench server exited (${code})`)));
});

const serverStats = async () => (await (await fetch(`${baseUrl}/__rss`)).json()) as { rss: number; cpuMicros: number };
const rss = async () => (await serverStats()).rss;
const mb = (bytes: number) => (bytes / 1024 / 1024).toFixed(0);
const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor((sorted.length * p) / 100))] ?? NaN;

/** Committed + rolled-back transactions of the bench database so far (pg_stat_database). */
async function transactions(): Promise<number> {
  const [row] = await db.$queryRaw<{ total: bigint }[]>`SELECT xact_commit + xact_rollback AS total FROM pg_stat_database WHERE datname = current_database()`;
  return Number(row?.total ?? 0);
}

/**
 * The ceiling HTTP alone sets: each client makes a purchase's three POSTs to an endpoint that
 * reads the body and answers `{}`, with no database and no Tillbox code. Trios per second.
 */
async function httpFloor(clients: number): Promise<number> {
  const deadline = performance.now() + Math.min(seconds, 5) * 1000;
  let trios = 0;
  const started = performance.now();
  const body = JSON.stringify({ currency: "EUR", items: [{ kind: "token_bundle", bundleId }], provider: "sandbox" });
  await Promise.all(
    Array.from({ length: clients }, async () => {
      while (performance.now() < deadline) {
        for (let call = 0; call < 3; call++)
          await (await fetch(`${baseUrl}/__noop`, { method: "POST", headers: { "content-type": "application/json" }, body })).text();
        trios++;
      }
    }),
  );
  return trios / ((performance.now() - started) / 1000);
}

async function run(clients: number) {
  const transactionsBefore = await transactions();
  const cpuBefore = (await serverStats()).cpuMicros;
  const latencies: number[] = [];
  let failures = 0;
  let peakRss = 0;
  const deadline = performance.now() + seconds * 1000;
  const sampler = setInterval(() => void rss().then((value) => (peakRss = Math.max(peakRss, value))), 250);
  const started = performance.now();
  await Promise.all(
    customers.slice(0, clients).map(async (customer) => {
      while (performance.now() < deadline) {
        const begin = performance.now();
        try {
          await purchase(baseUrl, customer.apiKey, bundleId);
          latencies.push(performance.now() - begin);
        } catch (error) {
          if (failures++ === 0) console.error("first failure:", error instanceof Error ? error.message : error);
        }
      }
    }),
  );
  clearInterval(sampler);
  const elapsed = (performance.now() - started) / 1000;
  latencies.sort((a, b) => a - b);
  // Statistics reach pg_stat_database with a short delay; the figure is approximate by a few.
  await new Promise((resolve) => setTimeout(resolve, 700));
  const perPurchase = ((await transactions()) - transactionsBefore) / Math.max(1, latencies.length);
  // Server CPU per purchase does not depend on what else the machine runs: the figure to compare across runs.
  const cpuPerPurchase = ((await serverStats()).cpuMicros - cpuBefore) / 1000 / Math.max(1, latencies.length);
  return {
    clients,
    perSecond: latencies.length / elapsed,
    p50: percentile(latencies, 50),
    p99: percentile(latencies, 99),
    failures,
    peakRss,
    perPurchase,
    cpuPerPurchase,
  };
}

try {
  await purchase(baseUrl, customers[0]!.apiKey, bundleId); // warm-up: first compile of every path
  const idleRss = await rss();
  console.log(`server RSS at rest after warm-up: ${mb(idleRss)} MB (baseline)`);
  console.log(
    "clients | purchases/s | p50 ms | p99 ms | failures | db tx/purchase | server CPU ms/purchase | TPC-B tps | purchases/s ÷ tps | peak RSS MB (× rest) | HTTP-only trios/s ÷ tps",
  );
  for (const clients of levels) {
    const result = await run(clients);
    const floor = await httpFloor(clients);
    const tps = pgbenchTps(url, clients, seconds);
    console.log(
      [
        String(clients).padStart(7),
        result.perSecond.toFixed(1).padStart(11),
        result.p50.toFixed(1).padStart(6),
        result.p99.toFixed(1).padStart(6),
        String(result.failures).padStart(8),
        result.perPurchase.toFixed(1).padStart(14),
        result.cpuPerPurchase.toFixed(1).padStart(22),
        tps.toFixed(0).padStart(9),
        (result.perSecond / tps).toFixed(3).padStart(17),
        `${mb(result.peakRss)} (${(result.peakRss / idleRss).toFixed(2)})`.padStart(20),
        `${floor.toFixed(0)} (${(floor / tps).toFixed(2)})`.padStart(23),
      ].join(" | "),
    );
  }
  const [ledger, wallets] = await Promise.all([
    db.tokenLedgerEntry.aggregate({ _sum: { amount: true } }),
    db.tokenWallet.aggregate({ _sum: { balance: true } }),
  ]);
  console.log(`check: ledger sum ${ledger._sum.amount ?? 0} = wallet balances ${wallets._sum.balance ?? 0}`);
} finally {
  server.kill("SIGTERM");
  await db.$disconnect();
  await dropBenchDatabase(adminUrl, name);
}
