import fc from "fast-check";
import { apiBodyLimit } from "../../../src/body-limit";

/**
 * One generated input, as JSON text (deep nesting and "__proto__" keys can't survive a round trip
 * through a JS object, so the text is what gets sent). `value` is the same input as a value, when
 * it is one (REST query strings are built from it).
 */
export interface FuzzInput {
  label: string;
  text: string | undefined;
  value?: unknown;
}

/** The API's body cap (TILLBOX_MAX_BODY_BYTES, 1 MiB by default): strings just under and just over it. */
export const BODY_LIMIT_BYTES = apiBodyLimit().bytes;
const HUGE_WITHIN = Math.floor(BODY_LIMIT_BYTES * 0.85);
const HUGE_BEYOND = BODY_LIMIT_BYTES + 64 * 1024;

const boundaries: unknown[] = [
  0,
  -1,
  2 ** 31,
  2 ** 31 - 1,
  -(2 ** 31),
  2 ** 53,
  2 ** 53 + 2,
  -(2 ** 53),
  1e308,
  -1e308,
  5e-324,
  "NaN",
  "Infinity",
  "-Infinity",
  "1e309",
  "-0",
  "0x1F",
  "",
  " ",
  "null",
];
const wrongTypes: unknown[] = [null, true, 0, "text", [], {}, [1, "2"], { nested: { value: 1 } }];
const SPLICE = "\u0000splice\u0000";

type Path = (string | number)[];

/** Every position in a value (the root included) where something else can be put. */
function pathsOf(value: unknown, path: Path = []): Path[] {
  const here = [path];
  if (Array.isArray(value)) return here.concat(value.flatMap((item, index) => pathsOf(item, [...path, index])));
  if (value && typeof value === "object") return here.concat(Object.entries(value).flatMap(([key, item]) => pathsOf(item, [...path, key])));
  return here;
}

function replaced(value: unknown, path: Path, replacement: unknown): unknown {
  if (path.length === 0) return replacement;
  const copy = (Array.isArray(value) ? [...value] : { ...(value as object) }) as Record<string | number, unknown>;
  copy[path[0]!] = replaced(copy[path[0]!], path.slice(1), replacement);
  return copy;
}

/** `value` as JSON with raw JSON text put at `path` (built as text: it may be nested too deep for JS to stringify). */
function spliced(value: unknown, path: Path, raw: string): string {
  return JSON.stringify(replaced(value ?? {}, path, SPLICE))!.replace(JSON.stringify(SPLICE), raw);
}

const asInput = (label: string, value: unknown): FuzzInput => ({ label, value, text: value === undefined ? undefined : JSON.stringify(value) });

/** Deeply nested arrays or objects, as text. */
function nested(depth: number, kind: "array" | "object"): string {
  return kind === "array" ? "[".repeat(depth) + "]".repeat(depth) : '{"a":'.repeat(depth) + "1" + "}".repeat(depth);
}

/** Prototype keys, as an attacker writes them into JSON (JS object literals would swallow them). */
const prototypeKeys = [
  '{"__proto__":{"polluted":"yes","isAdmin":true}}',
  '{"constructor":{"prototype":{"polluted":"yes"}}}',
  '{"__proto__":null,"prototype":{"polluted":"yes"}}',
];

/**
 * Malformed variants of a valid input: a wrong type, a boundary number or NaN-ish string, a huge
 * string (within and beyond the body limit), deep nesting, prototype keys, at a random position.
 */
export function malformedOf(valid: unknown): fc.Arbitrary<FuzzInput> {
  const paths = pathsOf(valid);
  const at = fc.constantFrom(...paths);
  // Objects of the input, where an extra key can go.
  const objects = paths.filter((path) => path.reduce<unknown>((node, key) => (node as Record<string | number, unknown>)[key], valid) instanceof Object);
  return fc.oneof(
    fc.tuple(at, fc.constantFrom(...wrongTypes)).map(([path, wrong]) => asInput(`wrong type at ${path.join(".") || "(root)"}`, replaced(valid, path, wrong))),
    fc
      .tuple(at, fc.constantFrom(...boundaries))
      .map(([path, edge]) => asInput(`boundary ${String(edge)} at ${path.join(".") || "(root)"}`, replaced(valid, path, edge))),
    fc
      .tuple(at, fc.constantFrom(HUGE_WITHIN, HUGE_BEYOND))
      .map(([path, size]) => asInput(`${size}-byte string at ${path.join(".") || "(root)"}`, replaced(valid, path, "x".repeat(size)))),
    fc.tuple(at, fc.constantFrom(64, 3_000, 50_000), fc.constantFrom("array" as const, "object" as const)).map(([path, depth, kind]) => ({
      label: `${kind}s nested ${depth} deep at ${path.join(".") || "(root)"}`,
      text: spliced(valid, path, nested(depth, kind)),
    })),
    fc.tuple(fc.constantFrom(...(objects.length > 0 ? objects : [[]])), fc.constantFrom(...prototypeKeys)).map(([path, keys]) => {
      const target = path.reduce<unknown>((node, key) => (node as Record<string | number, unknown>)[key], valid);
      const merged =
        target instanceof Object && !Array.isArray(target)
          ? JSON.stringify(target).replace(/^\{/, keys.slice(0, -1) + (Object.keys(target).length ? "," : ""))
          : keys;
      return { label: `prototype keys ${keys} at ${path.join(".") || "(root)"}`, text: spliced(valid, path, merged) };
    }),
  );
}

export const validInput = (value: unknown): FuzzInput => asInput("valid", value);
