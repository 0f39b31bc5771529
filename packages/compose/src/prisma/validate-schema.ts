import wasm from "@prisma/prisma-schema-wasm";
import { CORE_SCHEMA, type ComposedSchema } from "./compose-schema";

export const COMPOSED_SCHEMA = "packages/db/prisma/schema.generated.prisma";

interface Diagnostic {
  start: number;
  end: number;
  text: string;
  is_warning: boolean;
}

/**
 * Relations between tenant-scoped models are keyed (tenantId, xId), and an optional one with
 * onDelete: SetNull makes Prisma warn that tenantId is required. The migrations write
 * `ON DELETE SET NULL ("x_id")`, which nulls the reference only; packages/db/tests/
 * tenant-foreign-keys.test.ts fails on any SET NULL foreign key that would null a NOT NULL
 * column, which is the mistake this warning is about, so it would only be noise on every compose.
 */
const SET_NULL_ON_REQUIRED = /referential action of a relation should not be set to `SetNull` when a referenced field is required/;

// The wasm module reports Rust panics through this global; without it a panic crashes node.
const panicGlobal = globalThis as { PRISMA_WASM_PANIC_REGISTRY?: { set_message(message: string): void } };
let lastPanic = "";
panicGlobal.PRISMA_WASM_PANIC_REGISTRY ??= { set_message: (message) => void (lastPanic = message) };

/**
 * Validates the composed schema with Prisma's own engine and reports each error at the line
 * of the file it came from (the core schema or a plugin fragment), not the generated file.
 */
export function validateSchema(schema: ComposedSchema): { errors: string[]; warnings: string[] } {
  const input = JSON.stringify([["schema.prisma", schema.text]]);
  let diagnostics: Diagnostic[];
  try {
    diagnostics = JSON.parse(wasm.lint(input)) as Diagnostic[];
  } catch (error) {
    return { errors: [`${COMPOSED_SCHEMA}: the Prisma engine failed: ${lastPanic || String(error)}`], warnings: [] };
  }
  const lineOf = byteOffsetToLine(schema.text);
  const describe = (diagnostic: Diagnostic) => {
    const line = lineOf(diagnostic.start);
    return `${where(schema, line)}: ${diagnostic.text.replace(/^Error validating:\s*/, "")}${hint(schema, diagnostic.text)}`;
  };
  const errors = unique(diagnostics.filter((d) => !d.is_warning).map(describe));
  const warnings = unique(diagnostics.filter((d) => d.is_warning && !SET_NULL_ON_REQUIRED.test(d.text)).map(describe));
  if (errors.length === 0) {
    // lint skips a few whole-schema checks (datasource/generator config) that validate runs.
    try {
      wasm.validate(JSON.stringify({ prismaSchema: [["schema.prisma", schema.text]], noColor: true }));
    } catch (error) {
      errors.push(fromValidateError(schema, error));
    }
  }
  return { errors, warnings };
}

function where(schema: ComposedSchema, line: number): string {
  const origin = schema.origins[line - 1];
  return origin ? `${origin.file}:${origin.line}` : `${COMPOSED_SCHEMA}:${line}`;
}

function hint(schema: ComposedSchema, text: string): string {
  const model = /opposite relation field on the model `(\w+)`/.exec(text)?.[1];
  if (!model || !schema.coreModels.has(model)) return "";
  return ` (${model} is a core model ${CORE_SCHEMA}: add the back-relation in your fragment with a \`model ${model} { … }\` block holding just that field)`;
}

function fromValidateError(schema: ComposedSchema, error: unknown): string {
  const raw = error instanceof Error ? error.message : String(error);
  let message = raw;
  try {
    message = (JSON.parse(raw) as { message?: string }).message ?? raw;
  } catch {
    // not JSON: keep the raw text
  }
  const line = /schema\.prisma:(\d+)/.exec(message)?.[1];
  const first = message.replace(/^error:\s*/, "").split("\n")[0] ?? message;
  return line ? `${where(schema, Number(line))}: ${first}` : `${COMPOSED_SCHEMA}: ${first}`;
}

/** The engine reports UTF-8 byte offsets; a comment with "—" would otherwise shift lines. */
function byteOffsetToLine(text: string): (offset: number) => number {
  const bytes = Buffer.from(text, "utf8");
  const starts = [0];
  for (let index = 0; index < bytes.length; index++) if (bytes[index] === 0x0a) starts.push(index + 1);
  return (offset) => {
    let low = 0;
    let high = starts.length - 1;
    while (low < high) {
      const middle = Math.ceil((low + high) / 2);
      if (starts[middle]! <= offset) low = middle;
      else high = middle - 1;
    }
    return low + 1;
  };
}

function unique(items: string[]): string[] {
  return [...new Set(items)];
}
