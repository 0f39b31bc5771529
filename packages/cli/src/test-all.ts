import { existsSync, mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { run } from "./processes";
import { playwrightFailures, type PlaywrightReport, vitestFailures, type VitestReport } from "./test-report";

/**
 * `pnpm test`: unit + integration tests, then the browser tests in Chromium. Ends with one
 * "N passed, N failed" line. With DATABASE_URL the whole suite runs on that server, then only the
 * PGlite-sensitive tests (vitest.pglite.config.ts: driver, wire server, single connection) run
 * again on PGlite; rerunning everything there took CI ~9 minutes for tests that had just passed
 * on the same Postgres. Without DATABASE_URL the whole suite runs once, on PGlite.
 */
const reports = mkdtempSync(join(tmpdir(), "tillbox-test-"));
const totals = { passed: 0, failed: 0, skipped: 0 };
let exitCode = 0;
// Each step's wall time, printed at the end: CI has a time budget and this says where it went.
const durations: string[] = [];
// What failed, repeated after the totals: CI often shows only the tail of a long log.
const failures: string[] = [];

async function timed(label: string, step: () => Promise<void>): Promise<void> {
  const started = performance.now();
  await step();
  durations.push(`${label}: ${((performance.now() - started) / 60_000).toFixed(1)} min`);
}

async function vitest(label: string, env: NodeJS.ProcessEnv, config?: string): Promise<void> {
  console.log(`\n▶ ${label}`);
  const output = join(reports, `${label.replace(/\W+/g, "-")}.json`);
  const args = ["exec", "vitest", "run", ...(config ? ["--config", config] : []), "--reporter=default", "--reporter=json", `--outputFile.json=${output}`];
  const code = await run("pnpm", args, env);
  if (code !== 0) exitCode = 1;
  if (!existsSync(output)) return void (totals.failed += 1);
  const report = JSON.parse(readFileSync(output, "utf8")) as VitestReport;
  failures.push(...vitestFailures(label, report));
  totals.passed += report.numPassedTests;
  // A run can fail outside any test (a crashed worker, an unhandled error): count it.
  totals.failed += report.numFailedTests || (code === 0 ? 0 : 1);
  totals.skipped += report.numPendingTests + report.numTodoTests;
}

async function playwright(): Promise<void> {
  console.log("\n▶ browser tests (Chromium)");
  const chromium = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
  if (!existsSync(chromium)) {
    console.error(`Chromium not found at ${chromium}. Install it with \`sudo apt-get install -y chromium\` (Debian/Ubuntu) or set CHROMIUM_PATH.`);
    totals.failed += 1;
    exitCode = 1;
    return;
  }
  const output = join(reports, "playwright.json");
  const code = await run("pnpm", ["--filter", "@tillbox/admin", "exec", "playwright", "test"], {
    ...process.env,
    PLAYWRIGHT_JSON_OUTPUT_NAME: output,
  });
  if (code !== 0) exitCode = 1;
  if (!existsSync(output)) return void (totals.failed += code === 0 ? 0 : 1);
  const report = JSON.parse(readFileSync(output, "utf8")) as PlaywrightReport;
  failures.push(...playwrightFailures(report.suites));
  const stats = report.stats;
  totals.passed += stats.expected + stats.flaky;
  // A run can fail before any test (the web server did not start): count it.
  totals.failed += stats.unexpected || (code === 0 ? 0 : 1);
  totals.skipped += stats.skipped;
}

const serverUrl = process.env.DATABASE_URL;
if (serverUrl) {
  await timed("PostgreSQL pass", () => vitest("unit + integration on PostgreSQL (DATABASE_URL)", process.env));
  const { DATABASE_URL: _unset, ...withoutServer } = process.env;
  await timed("PGlite pass", () => vitest("PGlite-sensitive tests on embedded PGlite", withoutServer, "vitest.pglite.config.ts"));
} else {
  await timed("PGlite pass", () => vitest("unit + integration on embedded PGlite", process.env));
}
if (process.env.TILLBOX_SKIP_E2E !== "1") await timed("browser tests", playwright);

console.log(`\n${durations.join(" · ")}`);
if (failures.length > 0) console.log(`\nFailed:\n${failures.map((line) => `  ✗ ${line}`).join("\n")}`);
console.log(`\nTotal: ${totals.passed} passed, ${totals.failed} failed, ${totals.skipped} skipped`);
process.exit(exitCode);
