import { readdirSync, readFileSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { findRepoRoot } from "@tillbox/db/migrations";

const root = findRepoRoot();
const importPattern = /(?:import|export)[^'"]*?from\s+["']([^"']+)["']|import\(\s*["']([^"']+)["']\s*\)/g;

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    if (["node_modules", ".next", "client.generated", "fixtures"].includes(entry.name)) return [];
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return /\.(ts|tsx)$/.test(entry.name) && !entry.name.includes(".generated.") ? [path] : [];
  });
}

function importsOf(file: string): string[] {
  return [...readFileSync(file, "utf8").matchAll(importPattern)].map((match) => match[1] ?? match[2]!);
}

// Compose's tests hold expected generated code as text, import lines included.
const composeTests = join(root, "packages/compose/tests");

function resolvesIntoPlugins(file: string, specifier: string): boolean {
  if (file.startsWith(composeTests)) return false;
  return specifier.startsWith(".") && resolve(dirname(file), specifier).startsWith(join(root, "plugins") + "/");
}

/** The DESIGN.md dependency rules, checked over the whole tree (ESLint checks them per file too). */
describe("import boundaries", () => {
  it("core packages and apps never import a plugin (only *.generated.* files do)", () => {
    const offenders = ["packages", "apps"].flatMap((top) =>
      sourceFiles(join(root, top)).flatMap((file) =>
        importsOf(file)
          .filter((specifier) => resolvesIntoPlugins(file, specifier) || /^@tillbox\/plugin-(?!sdk)/.test(specifier))
          .map((specifier) => `${relative(root, file)} imports ${specifier}`),
      ),
    );
    expect(offenders).toEqual([]);
  });

  it("plugins import only @tillbox/plugin-sdk from the platform", () => {
    const offenders = sourceFiles(join(root, "plugins")).flatMap((file) =>
      importsOf(file)
        .filter((specifier) => specifier.startsWith("@tillbox/") && !/^@tillbox\/plugin-sdk(\/|$)/.test(specifier))
        .map((specifier) => `${relative(root, file)} imports ${specifier}`),
    );
    expect(offenders).toEqual([]);
  });

  it("dependencies point one way: db and events never import api, core or apps", () => {
    const upward = /^@tillbox\/(api|core|trpc|plugin-sdk|ui)(\/|$)/;
    const offenders = ["packages/db", "packages/events", "packages/config"].flatMap((dir) =>
      sourceFiles(join(root, dir)).flatMap((file) =>
        importsOf(file)
          .filter((specifier) => upward.test(specifier))
          .map((specifier) => `${relative(root, file)} imports ${specifier}`),
      ),
    );
    expect(offenders).toEqual([]);
  });
});
