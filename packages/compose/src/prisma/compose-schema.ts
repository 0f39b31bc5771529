import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import type { ProblemList } from "../errors";
import { BANNER } from "../names";
import { fieldName, mappedName, scanBlocks, splitLines, type SchemaBlock, type SchemaLine } from "./scan-blocks";

export const CORE_SCHEMA = "prisma/schema.prisma";

export interface FragmentOwner {
  slug: string;
  relDir: string;
  dir: string;
}

/** Where each line of the composed schema came from; null for lines compose wrote itself. */
export type LineOrigin = { file: string; line: number } | null;

export interface ComposedSchema {
  text: string;
  origins: LineOrigin[];
  coreModels: Set<string>;
}

interface Extension {
  file: string;
  fields: SchemaLine[];
}

/**
 * Core schema + each plugin's fragment (in dependency order). A fragment block named like a
 * core model adds fields (back-relations) to it, because Prisma has no model extension syntax.
 */
export function composeSchema(root: string, plugins: FragmentOwner[], problems: ProblemList): ComposedSchema {
  const coreText = readFileSync(path.join(root, CORE_SCHEMA), "utf8");
  const coreBlocks = scanBlocks(coreText, CORE_SCHEMA, problems);
  const coreByName = new Map(coreBlocks.filter((b) => b.keyword !== "generator" && b.keyword !== "datasource").map((b) => [b.name, b]));
  const coreModels = new Set([...coreByName.values()].filter((b) => b.keyword === "model").map((b) => b.name));
  const extensions = new Map<string, Extension[]>();
  const owners = new Map<string, string>();
  const fragments: { file: string; lines: string[]; skip: Set<number> }[] = [];

  for (const plugin of plugins) {
    const file = `${plugin.relDir}/schema.prisma`;
    const absolute = path.join(plugin.dir, "schema.prisma");
    if (!existsSync(absolute)) continue;
    const text = readFileSync(absolute, "utf8");
    const skip = new Set<number>();
    for (const block of scanBlocks(text, file, problems)) {
      const where = `${file}:${block.startLine}`;
      const core = coreByName.get(block.name);
      if (block.keyword !== "model" && block.keyword !== "enum") {
        problems.add(`${where}: a plugin fragment may only declare model and enum blocks, not ${block.keyword}`);
      } else if (core && block.keyword === "model" && core.keyword === "model") {
        addExtension(block, file, core, extensions, problems);
        for (let line = block.leadingLine; line <= block.endLine; line++) skip.add(line);
      } else if (core) {
        problems.add(`${where}: ${block.keyword} ${block.name} is already defined by the core schema (${CORE_SCHEMA})`);
      } else if (owners.has(block.name)) {
        problems.add(`${where}: ${block.keyword} ${block.name} is defined by both ${owners.get(block.name)} and ${file}`);
      } else {
        owners.set(block.name, file);
        checkTableName(block, plugin.slug, where, problems);
      }
    }
    fragments.push({ file, lines: splitLines(text), skip });
  }

  const out: string[] = [`// ${BANNER}`];
  const origins: LineOrigin[] = [null];
  const coreLines = trimBlankEdges(splitLines(coreText).map((text, index) => ({ text, line: index + 1 })));
  const insertAfter = insertionPoints(coreBlocks, extensions);
  for (const { text, line } of coreLines) {
    out.push(text);
    origins.push({ file: CORE_SCHEMA, line });
    for (const extension of insertAfter.get(line) ?? []) {
      out.push(`  // added by ${extension.file}`);
      origins.push(null);
      for (const field of extension.fields) {
        out.push(field.text);
        origins.push({ file: extension.file, line: field.line });
      }
    }
  }
  for (const fragment of fragments) {
    const kept = collapseBlankRuns(
      trimBlankEdges(fragment.lines.map((text, index) => ({ text, line: index + 1 })).filter(({ line }) => !fragment.skip.has(line))),
    );
    if (kept.length === 0) continue;
    out.push("", `// ---- ${fragment.file} ----`, "");
    origins.push(null, null, null);
    for (const { text, line } of kept) {
      out.push(text);
      origins.push({ file: fragment.file, line });
    }
  }
  return { text: `${out.join("\n")}\n`, origins: [...origins, null], coreModels };
}

function addExtension(block: SchemaBlock, file: string, core: SchemaBlock, extensions: Map<string, Extension[]>, problems: ProblemList): void {
  const taken = new Map<string, string>();
  for (const { text } of core.body) {
    const name = fieldName(text);
    if (name) taken.set(name, CORE_SCHEMA);
  }
  for (const other of extensions.get(block.name) ?? []) {
    for (const { text } of other.fields) {
      const name = fieldName(text);
      if (name) taken.set(name, other.file);
    }
  }
  for (const { text, line } of block.body) {
    if (/^\s*@@/.test(text)) {
      problems.add(`${file}:${line}: model ${block.name} belongs to the core schema: a fragment may only add fields to it`);
    }
    const name = fieldName(text);
    if (name && taken.has(name)) {
      problems.add(`${file}:${line}: field ${block.name}.${name} already exists (in ${taken.get(name)})`);
    }
  }
  const fields = trimBlankEdges(block.body);
  extensions.set(block.name, [...(extensions.get(block.name) ?? []), { file, fields }]);
}

/** Plugin tables share one database; the slug prefix keeps their names from colliding. */
function checkTableName(block: SchemaBlock, slug: string, where: string, problems: ProblemList): void {
  const prefix = `${slug.replace(/-/g, "_")}_`;
  const mapped = mappedName(block);
  if (mapped === undefined) {
    problems.add(`${where}: ${block.keyword} ${block.name} needs @@map("${prefix}…") (plugin tables and types are prefixed with the slug)`);
  } else if (!mapped.startsWith(prefix)) {
    problems.add(`${where}: @@map("${mapped}") of ${block.keyword} ${block.name} must start with "${prefix}"`);
  }
}

/** Extension fields go after the core model's last field, before its @@ attributes. */
function insertionPoints(coreBlocks: SchemaBlock[], extensions: Map<string, Extension[]>): Map<number, Extension[]> {
  const points = new Map<number, Extension[]>();
  for (const block of coreBlocks) {
    const added = extensions.get(block.name);
    if (!added || block.keyword !== "model") continue;
    const lastField = [...block.body].reverse().find(({ text }) => fieldName(text) !== undefined);
    points.set(lastField?.line ?? block.startLine, added);
  }
  return points;
}

function trimBlankEdges<T extends { text: string }>(lines: T[]): T[] {
  let start = 0;
  let end = lines.length;
  while (start < end && lines[start]!.text.trim() === "") start++;
  while (end > start && lines[end - 1]!.text.trim() === "") end--;
  return lines.slice(start, end);
}

/** Removing a core-model block from a fragment leaves a gap; one blank line is enough. */
function collapseBlankRuns<T extends { text: string }>(lines: T[]): T[] {
  return lines.filter((entry, index) => entry.text.trim() !== "" || lines[index - 1]?.text.trim() !== "");
}
