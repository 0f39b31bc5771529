import { spawnSync } from "node:child_process";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, describe, expect, it } from "vitest";
import { makeRoot, removeRoots, write } from "./fixture-root";

afterAll(removeRoots);

const here = path.dirname(fileURLToPath(import.meta.url));
const cli = path.join(here, "../src/cli.ts");
const tsx = path.join(here, "../node_modules/.bin/tsx");

function runCli(root: string, ...args: string[]) {
  const result = spawnSync(tsx, [cli, "--root", root, "--skip-generate", ...args], { encoding: "utf8" });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

// A hang guard, not a speed check: the second case starts the CLI (tsx) four times, which has
// taken over a minute on two cores shared with the rest of the suite.
describe("pnpm compose (CLI)", { timeout: 240_000 }, () => {
  it("exits 1 with `compose: <message>` lines and no stack trace on a broken plugin", () => {
    const result = runCli(makeRoot("cycle"));
    expect(result.status).toBe(1);
    expect(result.stderr.trim()).toBe("compose: dependency cycle: a -> b -> a");
    expect(result.stdout).toBe("");
  });

  it("--check exits 1 listing stale files, 0 once composed", () => {
    const root = makeRoot("valid");
    const stale = runCli(root, "--check");
    expect(stale.status).toBe(1);
    expect(stale.stderr).toContain("compose: stale: packages/db/prisma/schema.generated.prisma");
    expect(stale.stderr).toContain("compose: stale: apps/web/src/slots.generated.tsx");
    expect(runCli(root).status).toBe(0);
    const fresh = runCli(root, "--check");
    expect(fresh.status).toBe(0);
    expect(fresh.stdout).toContain("compose: up to date (plugins: alpha, beta-tools;");
    write(root, "plugins/alpha/messages/fr.json", '{ "title": "Alpha (fr)", "nested": { "count": "{n} choses" } }\n');
    const afterEdit = runCli(root, "--check");
    expect(afterEdit.status).toBe(1);
    expect(afterEdit.stderr).toContain("compose: stale: apps/admin/src/messages.generated.ts");
  });
});
