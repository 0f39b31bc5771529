import { readFileSync } from "node:fs";
import path from "node:path";
import { collectCode } from "./collect-code";
import { checkPathConflicts } from "./collect-pages";
import { collectHostMessages, collectMessages, collectMigrations } from "./collect-data";
import { checkMessageNamespaces } from "./check-messages";
import { discoverPluginFolders } from "./discover";
import { ProblemList } from "./errors";
import { loadManifests } from "./load-manifests";
import { orderPlugins } from "./order-plugins";
import { isCurrent, writeOutputs, type FileStatus } from "./outputs";
import { BANNER, toPosix } from "./names";
import { composeSchema, CORE_SCHEMA } from "./prisma/compose-schema";
import { clientIsCurrent, ensureBootstrapClient, generateClient } from "./prisma/generate-client";
import { COMPOSED_SCHEMA, validateSchema } from "./prisma/validate-schema";
import { renderApiFiles } from "./render/api-files";
import { renderAppFiles } from "./render/app-files";
import { renderMigrations } from "./render/db-files";
import type { ComposeModel, ComposedPlugin, OutputFile } from "./render/model";

export interface ComposeOptions {
  /** Repository root: holds prisma/, plugins/, packages/, apps/. */
  root: string;
  /** Compare instead of write: stale files are listed in the result, nothing is written. */
  check?: boolean;
  /**
   * Run `prisma generate` when the composed schema changed (never in check mode), and create
   * a missing client before reading manifests (also in check mode). Default: true.
   */
  generateClient?: boolean;
}

export interface ComposeResult {
  /** Installed plugins in dependency order. */
  plugins: string[];
  files: { path: string; status: FileStatus }[];
  /** Check mode: files whose content differs from what compose would write. */
  stale: string[];
  clientGenerated: boolean;
  warnings: string[];
}

/**
 * Validates every plugin and renders every generated file in memory first; only when nothing
 * is wrong does it write, so a failed run never leaves half-updated output. Throws ComposeError.
 */
export async function compose(options: ComposeOptions): Promise<ComposeResult> {
  const root = path.resolve(options.root);
  const problems = new ProblemList();
  const generate = options.generateClient ?? true;
  // Touches only the gitignored client, so it is allowed in check mode too (CI on a fresh clone).
  const bootstrapped = generate && ensureBootstrapClient(root, `// ${BANNER}\n${readFileSync(path.join(root, CORE_SCHEMA), "utf8")}`);

  const folders = discoverPluginFolders(root, problems);
  const loaded = await loadManifests(folders, problems);
  problems.throwIfAny();
  const ordered = orderPlugins(loaded, problems);
  problems.throwIfAny();

  const plugins: ComposedPlugin[] = ordered.map((plugin) => ({
    plugin,
    code: collectCode(plugin, problems),
    messages: collectMessages(plugin, problems),
    migrations: collectMigrations(root, plugin.slug, `${plugin.relDir}/migrations`),
  }));
  checkPathConflicts(
    plugins.flatMap(({ code }) => code.pages),
    problems,
    (page) => toPosix(path.relative(root, page.file)),
  );
  const schema = composeSchema(root, ordered, problems);
  problems.throwIfAny();
  const validation = validateSchema(schema);
  validation.errors.forEach((error) => problems.add(error));
  problems.throwIfAny();

  const hostMessages = {
    admin: collectHostMessages(root, "apps/admin/messages", problems),
    web: collectHostMessages(root, "apps/web/messages", problems),
    ui: collectHostMessages(root, "packages/ui/messages", problems),
  };
  checkMessageNamespaces(plugins, problems);
  problems.throwIfAny();
  const model: ComposeModel = { root, plugins, coreMigrations: collectMigrations(root, "core", "prisma/migrations"), hostMessages };
  const outputs: OutputFile[] = [{ path: COMPOSED_SCHEMA, content: schema.text }, renderMigrations(model), ...renderApiFiles(model), ...renderAppFiles(model)];
  const result = { plugins: ordered.map((plugin) => plugin.slug), warnings: validation.warnings, clientGenerated: bootstrapped };

  if (options.check) {
    const stale = outputs.filter((file) => !isCurrent(root, file)).map((file) => file.path);
    return { ...result, stale, files: outputs.map((file) => ({ path: file.path, status: stale.includes(file.path) ? "stale" : "unchanged" })) };
  }
  const files = writeOutputs(root, outputs);
  const shouldGenerate = generate && !clientIsCurrent(root, schema.text);
  if (shouldGenerate) generateClient(root, schema.text);
  return { ...result, stale: [], files, clientGenerated: bootstrapped || shouldGenerate };
}
