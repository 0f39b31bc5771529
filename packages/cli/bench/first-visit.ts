/**
 * `pnpm bench:first-visit`: seconds until the first visit to each main page of both apps shows
 * its content in `pnpm dev`, per scenario, each on a fresh embedded database:
 *   cold     nothing compiled, no warm-up: what a developer got before the warm-up existed
 *   warm     a first `pnpm dev`: the background warm-up ran to its "warm:" line first
 *   restart  a second `pnpm dev`: the same, on the Turbopack file-system cache the previous scenario left
 *   cached   the file-system cache alone: a second `pnpm dev` with TILLBOX_WARM_UP=off
 * Ratios are against `cold` of the same run. The machine's load average is printed with the table:
 * on shared cores, figures from different runs don't compare.
 *
 * Uses fixed ports like `pnpm dev` and the E2E tests: run it alone, e.g.
 *   pnpm bench:first-visit
 * BENCH_SCENARIOS (default "cold,warm,restart"). Next.js builds into apps/<app>/.next/bench (wiped
 * before cold and warm), so a developer's own .next cache is left alone. Logs: .data/bench/.
 */
import { rmSync, mkdirSync, writeFileSync } from "node:fs";
import { cpus, loadavg } from "node:os";
import { join } from "node:path";
import { findRepoRoot } from "@tillbox/db/migrations";
import { getEnv } from "@tillbox/config";
import { HttpSession } from "../src/warm-up/http-session";
import { loginOf, warmRoutes, type AppName, type Visitor } from "../src/warm-up/routes";
import { firstPlanId, waitUntilUp } from "../src/warm-up/warm-up";
import { firstVisit, launchBrowser } from "./browser-visit";
import { startDevStack } from "./dev-stack";
import { formatTable } from "./table";

type Scenario = "cold" | "warm" | "restart" | "cached";
const scenarios = (process.env.BENCH_SCENARIOS ?? "cold,warm,restart").split(",").map((name) => name.trim()) as Scenario[];
const unknown = scenarios.filter((name) => !["cold", "warm", "restart", "cached"].includes(name));
if (unknown.length) throw new Error(`BENCH_SCENARIOS: unknown ${unknown.join(", ")} (cold, warm, restart, cached)`);
const root = findRepoRoot();
const env = getEnv();
const urls: Record<AppName, string> = { web: env.WEB_URL, admin: env.ADMIN_URL };
const distDir = ".next/bench";
const logDir = join(root, ".data/bench");
mkdirSync(logDir, { recursive: true });

const pages = warmRoutes.filter((route) => route.page);
const results: Record<string, Record<string, number | null>> = {};
const notes: string[] = [];

async function runScenario(scenario: Scenario) {
  const fresh = scenario === "cold" || scenario === "warm";
  const warming = scenario === "warm" || scenario === "restart";
  if (fresh) for (const app of ["web", "admin"]) rmSync(join(root, "apps", app, distDir), { recursive: true, force: true });
  const load = loadavg()[0]!.toFixed(1);
  const stack = startDevStack(
    root,
    { TILLBOX_DATA_DIR: ".data/bench/db", TILLBOX_FRESH: "1", TILLBOX_NEXT_DIST_DIR: distDir, TILLBOX_WARM_UP: warming ? "on" : "off" },
    join(logDir, `${scenario}.log`),
  );
  const browser = await launchBrowser();
  const times: Record<string, number | null> = (results[scenario] = {});
  try {
    const started = performance.now();
    await Promise.all([waitUntilUp(urls.web), waitUntilUp(urls.admin)]);
    notes.push(`${scenario}: both apps answered ${Math.round((performance.now() - started) / 1000)} s after start (load ${load} at start)`);
    if (warming) notes.push(`${scenario}: ${await stack.waitForLine(/^warm: /, 30 * 60_000)}`);

    const sessions = new Map<string, HttpSession>();
    const signedIn = async (app: AppName, visitor: Visitor) => {
      const key = `${app}:${visitor}`;
      if (!sessions.has(key)) {
        const session = new HttpSession(urls[app]);
        const began = performance.now();
        if (visitor !== "anonymous" && !(await session.signIn(loginOf(visitor)))) throw new Error(`sign-in as ${visitor} failed`);
        if (visitor !== "anonymous") times[`${app} sign-in (API)`] = (performance.now() - began) / 1000;
        sessions.set(key, session);
      }
      return sessions.get(key)!;
    };
    const planId = await firstPlanId(await signedIn("web", "anonymous"));
    for (const route of pages) {
      const session = await signedIn(route.app, route.as);
      const visit = await firstVisit(browser, new URL(route.path.replace("{plan}", planId ?? ""), urls[route.app]).href, session.cookieList()).catch(
        (error: unknown) => {
          notes.push(`${scenario}: ${route.page}: ${error instanceof Error ? error.message.split("\n")[0] : String(error)}`);
          return null;
        },
      );
      times[route.page!] = visit?.seconds ?? null;
      if (visit && visit.finalPath !== route.path.split("?")[0]) notes.push(`${scenario}: ${route.page} ended on ${visit.finalPath}`);
      if (visit && process.env.BENCH_VERBOSE)
        console.log(`${scenario} ${route.page}: ${visit.seconds.toFixed(1)} s, tRPC: ${visit.procedures.join(" ") || "-"}`);
    }
    notes.push(`${scenario}: load ${loadavg()[0]!.toFixed(1)} at the end`);
  } finally {
    await browser.close();
    await stack.stop();
  }
}

for (const scenario of scenarios) {
  console.log(`first-visit: ${scenario}…`);
  await runScenario(scenario);
}
const rows = [...pages.map((route) => route.page!), "web sign-in (API)", "admin sign-in (API)"];
console.log(`\nFirst visit in \`pnpm dev\`, seconds until the page shows its content (${cpus().length} cores)\n`);
console.log(formatTable(rows, scenarios, results));
console.log(`\n${notes.join("\n")}`);
writeFileSync(join(logDir, "first-visit.json"), JSON.stringify({ at: new Date().toISOString(), cores: cpus().length, results, notes }, null, 2));
