import { existsSync, readdirSync } from "node:fs";
import path from "node:path";
import type { ProblemList } from "./errors";

export interface PluginFolder {
  folder: string;
  /** Absolute path of plugins/<folder>. */
  dir: string;
  /** Repo-relative, e.g. "plugins/webhooks". */
  relDir: string;
}

/** Folders under plugins/, sorted so every later step sees them in the same order. */
export function discoverPluginFolders(root: string, problems: ProblemList): PluginFolder[] {
  const pluginsDir = path.join(root, "plugins");
  if (!existsSync(pluginsDir)) return [];
  const folders: PluginFolder[] = [];
  for (const entry of readdirSync(pluginsDir, { withFileTypes: true })) {
    if (!entry.isDirectory() || entry.name.startsWith(".") || entry.name === "node_modules") continue;
    const dir = path.join(pluginsDir, entry.name);
    const relDir = `plugins/${entry.name}`;
    if (!existsSync(path.join(dir, "plugin.ts"))) {
      // A folder left behind with only installed deps is not a plugin, just debris.
      const meaningful = readdirSync(dir).filter((name) => !name.startsWith(".") && name !== "node_modules");
      if (meaningful.length > 0) problems.add(`${relDir}: missing plugin.ts (every plugin folder needs one)`);
      continue;
    }
    folders.push({ folder: entry.name, dir, relDir });
  }
  return folders.sort((a, b) => compareStrings(a.folder, b.folder));
}

/** Locale-independent ordering; localeCompare would differ between machines. */
export function compareStrings(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Sorted file names in `dir` ending with one of `extensions`; [] when the folder is absent. */
export function listFiles(dir: string, extensions: string[]): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true })
    .filter((entry) => entry.isFile() && extensions.some((extension) => entry.name.endsWith(extension)))
    .filter((entry) => !entry.name.endsWith(".d.ts") && !/\.(test|spec)\.tsx?$/.test(entry.name))
    .map((entry) => entry.name)
    .sort(compareStrings);
}
