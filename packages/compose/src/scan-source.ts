import { readFileSync } from "node:fs";
import { LiteralError, parseLiteral, type JsonValue } from "./parse-literal";

/**
 * Static checks on plugin source files. Compose must not import routers, functions or React
 * components: they pull in the database client that compose itself is about to generate.
 */

/** A plugin source file with comments blanked out. */
export function readSource(file: string): string {
  return stripComments(readFileSync(file, "utf8"));
}

/** True when the module's first statement is the "use client" directive. */
export function isClientModule(code: string): boolean {
  return /^\s*["']use client["']/.test(code);
}

/** Blanks out comments (keeping newlines and offsets) so regexes only see code. */
export function stripComments(source: string): string {
  let out = "";
  let index = 0;
  while (index < source.length) {
    const char = source[index]!;
    const next = source[index + 1];
    if (char === '"' || char === "'" || char === "`") {
      const end = stringEnd(source, index);
      out += source.slice(index, end);
      index = end;
    } else if (char === "/" && next === "/") {
      const end = source.indexOf("\n", index);
      const stop = end === -1 ? source.length : end;
      out += " ".repeat(stop - index);
      index = stop;
    } else if (char === "/" && next === "*") {
      const end = source.indexOf("*/", index + 2);
      const stop = end === -1 ? source.length : end + 2;
      out += source.slice(index, stop).replace(/[^\n]/g, " ");
      index = stop;
    } else {
      out += char;
      index++;
    }
  }
  return out;
}

function stringEnd(source: string, start: number): number {
  const quote = source[start];
  let index = start + 1;
  while (index < source.length) {
    const char = source[index];
    if (char === "\\") index += 2;
    else if (char === quote) return index + 1;
    else if (char === "\n" && quote !== "`") return index;
    else index++;
  }
  return index;
}

export function hasDefaultExport(code: string): boolean {
  return /\bexport\s+default\b/.test(code) || exportLists(code).includes("default");
}

/** True for `export const name`, `export function name`, `export { x as name }` (not type-only). */
export function hasNamedExport(code: string, name: string): boolean {
  const declaration = new RegExp(`\\bexport\\s+(?:declare\\s+)?(?:const|let|var|class|(?:async\\s+)?function\\*?)\\s+${name}\\b`);
  return declaration.test(code) || exportLists(code).includes(name);
}

function exportLists(code: string): string[] {
  const names: string[] = [];
  for (const match of code.matchAll(/\bexport\s*\{([^}]*)\}/g)) {
    for (const part of match[1]!.split(",")) {
      const words = part.trim().split(/\s+/);
      if (words[0] === "type" || words[0] === "") continue;
      names.push(words[words.length - 1]!);
    }
  }
  return names;
}

export type ConfigResult = { kind: "none" } | { kind: "ok"; value: JsonValue } | { kind: "invalid"; line: number; message: string };

/** Reads `export const config = { ... }` as data, for inlining into the slot registry. */
export function extractConfig(code: string): ConfigResult {
  const match = /\bexport\s+const\s+config\b\s*(?::[^=]+)?=\s*/.exec(code);
  if (!match) return { kind: "none" };
  const start = match.index + match[0].length;
  try {
    return { kind: "ok", value: parseLiteral(code, start).value };
  } catch (error) {
    const offset = error instanceof LiteralError ? error.offset : start;
    const message = error instanceof Error ? error.message : String(error);
    return { kind: "invalid", line: lineAt(code, offset), message };
  }
}

export function lineAt(text: string, offset: number): number {
  let line = 1;
  for (let index = 0; index < offset && index < text.length; index++) if (text[index] === "\n") line++;
  return line;
}
