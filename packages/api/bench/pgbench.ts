import { execFileSync } from "node:child_process";
import { existsSync } from "node:fs";

const candidates = [process.env.PGBENCH_PATH, "/usr/lib/postgresql/16/bin/pgbench", "/usr/lib/postgresql/15/bin/pgbench", "pgbench"];

function pgbenchBinary(): string {
  for (const candidate of candidates) {
    if (!candidate) continue;
    if (candidate === "pgbench" || existsSync(candidate)) return candidate;
  }
  throw new Error("pgbench not found: install PostgreSQL's client tools or set PGBENCH_PATH.");
}

/**
 * TPC-B (pgbench's default script) on `url` with `clients` connections for `seconds`: the
 * database's own ceiling for short write transactions, the baseline our checkout is compared to.
 * Runs in its own schema-free tables (pgbench_*), dropped afterwards.
 */
export function pgbenchTps(url: string, clients: number, seconds: number): number {
  const binary = pgbenchBinary();
  execFileSync(binary, ["-i", "-q", "-s", "1", url], { stdio: "pipe" });
  try {
    const output = execFileSync(binary, ["-c", String(clients), "-j", String(Math.min(clients, 2)), "-T", String(seconds), "-n", url], {
      encoding: "utf8",
      stdio: ["ignore", "pipe", "pipe"],
    });
    const match = /tps = ([\d.]+)/.exec(output);
    if (!match) throw new Error(`Could not read tps from pgbench output:\n${output}`);
    return Number(match[1]);
  } finally {
    execFileSync(binary, ["-i", "-I", "d", url], { stdio: "pipe" });
  }
}
