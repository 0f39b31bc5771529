import { spawn, spawnSync } from "node:child_process";
import { cpSync, existsSync, mkdirSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";

export interface RunResult {
  code: number;
  output: string;
}

/**
 * A throwaway copy of the repository: the files git knows (committed or not, ignored ones left
 * out) plus the generated Prisma client, with its own node_modules linked from the pnpm store.
 * Symlinking node_modules instead would resolve workspace packages back into this checkout.
 */
export function copyRepository(root: string): string {
  const copy = mkdtempSync(path.join(tmpdir(), "tillbox-create-plugin-"));
  const listed = spawnSync("git", ["ls-files", "-z", "--cached", "--others", "--exclude-standard"], { cwd: root, encoding: "utf8" });
  if (listed.status !== 0) throw new Error(`git ls-files failed: ${listed.stderr}`);
  for (const file of new Set(listed.stdout.split("\0").filter(Boolean))) {
    const source = path.join(root, file);
    if (!existsSync(source)) continue; // deleted in the working tree
    mkdirSync(path.dirname(path.join(copy, file)), { recursive: true });
    cpSync(source, path.join(copy, file));
  }
  // Saves compose a `prisma generate` before it can read the first manifest.
  cpSync(path.join(root, "packages/db/src/client.generated"), path.join(copy, "packages/db/src/client.generated"), { recursive: true });
  return copy;
}

export function removeCopy(copy: string): void {
  rmSync(copy, { recursive: true, force: true });
}

/**
 * The parent test runner's variables would make a nested vitest think it is one of its workers;
 * colours off, so assertions read plain text.
 */
export function childEnv(extra: NodeJS.ProcessEnv = {}): NodeJS.ProcessEnv {
  const env = Object.fromEntries(Object.entries(process.env).filter(([key]) => !key.startsWith("VITEST") && key !== "NODE_OPTIONS" && key !== "FORCE_COLOR"));
  return { ...env, NO_COLOR: "1", ...extra };
}

/** Runs a command in `cwd` and collects its output, as a user would see it in a terminal. */
export function run(cwd: string, command: string, args: string[], env: NodeJS.ProcessEnv): Promise<RunResult> {
  return new Promise((resolveRun) => {
    const child = spawn(command, args, { cwd, env });
    let output = "";
    child.stdout.on("data", (chunk) => (output += chunk));
    child.stderr.on("data", (chunk) => (output += chunk));
    child.once("error", (error) => resolveRun({ code: 1, output: `${output}${error.message}` }));
    child.once("exit", (code) => resolveRun({ code: code ?? 1, output }));
  });
}
