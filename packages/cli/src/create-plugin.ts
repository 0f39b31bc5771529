import { spawnSync } from "node:child_process";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { checkSlug, SlugError } from "./create-plugin/check-slug";
import { writeTemplate } from "./create-plugin/write-template";

/**
 * `pnpm create-plugin <slug>`: writes plugins/<slug> from packages/cli/templates/plugin, links
 * it into the workspace (pnpm install) and composes it, so both apps see its procedures and pages
 * at once (a running `pnpm dev` recompiles when the generated files change).
 */
const cliDir = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(cliDir, "../../..");
const templateDir = path.resolve(cliDir, "../templates/plugin");

/** Runs a pnpm command in the repository; its output is shown only when it fails. */
function pnpm(args: string[]): void {
  const result = spawnSync("pnpm", args, { cwd: root, encoding: "utf8", env: process.env });
  if (result.status !== 0) {
    const output = `${result.stdout ?? ""}${result.stderr ?? ""}`.trim().split("\n").slice(-30).join("\n");
    throw new StepError(`\`pnpm ${args.join(" ")}\` failed:\n${output || result.error?.message}`);
  }
}

class StepError extends Error {}

function main(args: string[]): number {
  const slug = args.find((arg) => !arg.startsWith("-"));
  const names = checkSlug(root, slug);
  const relDir = `plugins/${names.slug}`;
  const files = writeTemplate(templateDir, path.join(root, relDir), names);
  console.log(`create-plugin: wrote ${files.length} files to ${relDir}/`);
  try {
    // Links the new workspace package (its @tillbox/* and zod deps, all in the store already) and adds
    // it to the lockfile; CI=true would otherwise make pnpm refuse any lockfile change.
    pnpm(["install", "--prefer-offline", "--no-frozen-lockfile"]);
    pnpm(["compose", "--quiet"]);
  } catch (error) {
    console.error(`create-plugin: ${error instanceof Error ? error.message : String(error)}`);
    console.error(`create-plugin: ${relDir} was kept so you can look into it; remove it (rm -r ${relDir}) to start over.`);
    return 1;
  }
  const next = [
    ["pnpm db:migrate", `creates its table (${names.tablePrefix}_item)`],
    [`pnpm tillbox plugins enable ${names.slug}`, "switches it on"],
    [`pnpm exec vitest run ${relDir}`, "runs its tests"],
  ];
  const width = Math.max(...next.map(([command]) => command!.length)) + 2;
  console.log(`create-plugin: composed: trpc.${names.camelName}.* is typed in both apps.\n\nNext:`);
  for (const [command, what] of next) console.log(`  ${command!.padEnd(width)}${what}`);
  console.log(`Then open /plugins/${names.slug} in the back-office and /${names.slug} on the public site.`);
  // next dev reloads the composed files, but instrumentation (plugin sync, event relay) ran once at boot.
  console.log("A running `pnpm dev` serves its pages and procedures once it recompiles; restart it to run its function in the in-process relay.");
  return 0;
}

try {
  process.exitCode = main(process.argv.slice(2));
} catch (error) {
  // A bad slug is the user's to fix: one line, no stack.
  if (!(error instanceof SlugError)) throw error;
  console.error(`create-plugin: ${error.message}`);
  process.exitCode = 1;
}
