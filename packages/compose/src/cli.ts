import path from "node:path";
import { fileURLToPath } from "node:url";
import { compose } from "./compose";
import { ComposeError } from "./errors";

/**
 * `pnpm compose [--check] [--root <dir>] [--skip-generate] [--quiet]`. Problems print as `compose: <message>` lines and
 * exit 1; stack traces are for bugs in compose itself, never for a broken plugin.
 */
async function main(argv: string[]): Promise<number> {
  const started = performance.now();
  const check = argv.includes("--check");
  const rootIndex = argv.indexOf("--root");
  const defaultRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../..");
  const root = rootIndex >= 0 && argv[rootIndex + 1] ? path.resolve(argv[rootIndex + 1]!) : defaultRoot;
  const quiet = argv.includes("--quiet");
  const generateClient = !argv.includes("--skip-generate");
  try {
    const result = await compose({ root, check, generateClient });
    for (const warning of result.warnings) console.error(`compose: warning: ${warning}`);
    const elapsed = `${Math.round(performance.now() - started)} ms`;
    const plugins = result.plugins.length ? result.plugins.join(", ") : "none";
    if (check) {
      if (result.stale.length > 0) {
        for (const file of result.stale) console.error(`compose: stale: ${file}`);
        console.error("compose: generated files are out of date; run `pnpm compose`");
        return 1;
      }
      if (!quiet) console.log(`compose: up to date (plugins: ${plugins}; ${elapsed})`);
      return 0;
    }
    const written = result.files.filter((file) => file.status === "written");
    if (!quiet) {
      for (const file of written) console.log(`compose: wrote ${file.path}`);
      if (result.clientGenerated) console.log("compose: regenerated the Prisma client");
      console.log(`compose: ${written.length ? `${written.length} file(s) updated` : "up to date"} (plugins: ${plugins}; ${elapsed})`);
    }
    return 0;
  } catch (error) {
    if (error instanceof ComposeError) {
      for (const problem of error.problems) console.error(`compose: ${problem}`);
      return 1;
    }
    // A bug in compose itself: the stack only on request (COMPOSE_DEBUG=1).
    const detail = error instanceof Error ? (process.env.COMPOSE_DEBUG ? error.stack : error.message) : String(error);
    console.error(`compose: internal error: ${detail}`);
    return 1;
  }
}

process.exitCode = await main(process.argv.slice(2));
