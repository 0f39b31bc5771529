import { existsSync } from "node:fs";
import { defineConfig, devices } from "@playwright/test";

// Real Chromium from the OS: `playwright install` downloads browsers, which this setup never does.
const chromiumPath = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
if (!existsSync(chromiumPath)) {
  throw new Error(`Chromium not found at ${chromiumPath}. Install it with: apt-get install -y chromium (or set CHROMIUM_PATH).`);
}

const reuseServer = process.env.PLAYWRIGHT_REUSE_SERVER === "1";

const chromium = {
  ...devices["Desktop Chrome"],
  launchOptions: {
    executablePath: chromiumPath,
    args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
  },
};

export default defineConfig({
  testDir: "./e2e",
  // The specs toggle shared plugin state, so they must not interleave.
  fullyParallel: false,
  workers: 1,
  retries: process.env.CI ? 1 : 0,
  timeout: 90_000,
  expect: { timeout: 20_000 },
  // `pnpm test` asks for a JSON report too, to print one total across Vitest and Playwright.
  reporter: process.env.PLAYWRIGHT_JSON_OUTPUT_NAME ? [["list"], ["json"]] : [["list"]],
  // Outside apps/admin: traces written into the app folder trip the dev server's file watcher
  // (Tailwind watches the app folder), and the resulting HMR refreshes cancel navigations.
  outputDir: "../../test-results/admin-e2e",
  use: {
    baseURL: "http://localhost:3001",
    trace: "retain-on-failure",
    screenshot: "only-on-failure",
    // First hits compile routes in `next dev`; allow for it.
    navigationTimeout: 60_000,
  },
  projects: [
    // Signs the owner in once and saves the session (e2e/support/env.ts ownerStatePath).
    { name: "setup", testMatch: /\.setup\.ts$/, use: chromium },
    { name: "chromium", testIgnore: /\.setup\.ts$/, dependencies: ["setup"], use: chromium },
  ],
  webServer: {
    // The dev orchestrator on a fresh embedded database (DATABASE_URL blanked: a shared server
    // database would carry state between runs), then migrations, seed and both apps: the Quick start path.
    command: "pnpm --dir ../.. exec tsx packages/cli/src/dev.ts",
    // The orchestrator compiles the main pages of both apps once they answer, one at a time, then
    // prints "warm: …" (a failed warm-up too). Specs start after that, so their first visits don't
    // each wait for a compile nor compete with it for the cores. Playwright goes on at whichever
    // comes first, `url` or `wait`: the URL only finds a running `pnpm dev` to reuse.
    ...(reuseServer ? { url: "http://localhost:3001/api/health" } : { wait: { stdout: /^warm: /m } }),
    // REDIS_URL blanked too: rate-limit counters start empty with the database, per run. One
    // trusted proxy hop: each test sends its own X-Forwarded-For (fixtures.ts), as a proxy would.
    env: {
      TILLBOX_TRUSTED_PROXY_HOPS: "1",
      DATABASE_URL: "",
      REDIS_URL: "",
      TILLBOX_DATA_DIR: ".data/e2e",
      TILLBOX_FRESH: "1",
      NEXT_TELEMETRY_DISABLED: "1",
      TURBO_TELEMETRY_DISABLED: "1",
      CHECKPOINT_DISABLE: "1",
    },
    // Fresh by default; PLAYWRIGHT_REUSE_SERVER=1 reuses a running `pnpm dev` (same ports) while writing specs.
    reuseExistingServer: reuseServer,
    // SIGTERM lets the orchestrator stop both apps and the embedded database; the default
    // SIGKILL would orphan the detached app processes on ports 3000/3001.
    gracefulShutdown: { signal: "SIGTERM", timeout: 20_000 },
    // Start plus warm-up: on 2 busy cores, compiling both apps' main pages has taken over 10 minutes.
    timeout: 1_200_000,
    stdout: "pipe",
    stderr: "pipe",
  },
});
