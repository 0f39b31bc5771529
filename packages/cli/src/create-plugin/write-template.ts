import { mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import type { PluginNames } from "./plugin-names";

const PLACEHOLDER = /\{\{(\w+)\}\}/g;
const TEMPLATE_SUFFIX = ".tpl";

/** Replaces every {{name}} (in file contents and paths) with its value; an unknown one is a template bug. */
export function fillPlaceholders(text: string, names: PluginNames, where: string): string {
  return text.replace(PLACEHOLDER, (_, key: string) => {
    if (!(key in names)) throw new Error(`${where}: unknown placeholder {{${key}}}`);
    return names[key as keyof PluginNames];
  });
}

function templateFiles(dir: string, prefix = ""): string[] {
  return readdirSync(dir, { withFileTypes: true })
    .flatMap((entry) => (entry.isDirectory() ? templateFiles(path.join(dir, entry.name), `${prefix}${entry.name}/`) : [`${prefix}${entry.name}`]))
    .filter((file) => file.endsWith(TEMPLATE_SUFFIX))
    .sort();
}

/**
 * Writes every `*.tpl` under `templateDir` to `targetDir`, filled in and without the suffix
 * (the suffix keeps templates out of the CLI's own typecheck, lint and test runs).
 * Returns the written paths relative to `targetDir`.
 */
export function writeTemplate(templateDir: string, targetDir: string, names: PluginNames): string[] {
  const rendered = templateFiles(templateDir).map((file) => ({
    file: fillPlaceholders(file.slice(0, -TEMPLATE_SUFFIX.length), names, file),
    content: fillPlaceholders(readFileSync(path.join(templateDir, file), "utf8"), names, file),
  }));
  // Everything is rendered before the first write: a broken template leaves no half-written plugin.
  for (const { file, content } of rendered) {
    mkdirSync(path.dirname(path.join(targetDir, file)), { recursive: true });
    writeFileSync(path.join(targetDir, file), content);
  }
  return rendered.map(({ file }) => file);
}
