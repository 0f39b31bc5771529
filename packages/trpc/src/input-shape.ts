import { TRPCError } from "@trpc/server";
import { z } from "zod";

/** Deeper than any input of ours needs (settings, features and cart metadata nest a few levels). */
export const MAX_INPUT_DEPTH = 32;

/**
 * Keys no input may carry at any depth: superjson refuses to serialize an object holding one, so a
 * stored value with such a key (plan features, cart metadata, plugin settings) would make every
 * later answer that includes it fail; and they are the keys of prototype pollution.
 */
const forbiddenKeys = new Set(["__proto__", "constructor", "prototype"]);

type Path = (string | number)[];
/** For a forbidden key, the path of the object holding it: the key itself can't be a field name in an answer superjson serializes. */
type Finding = { path: Path; problem: "depth" } | { path: Path; problem: "key"; key: string };

/** The first place the input nests deeper than `limit` or names a forbidden key. A loop, not recursion: the input may be nested far past the stack. */
export function inputProblemAt(value: unknown, limit = MAX_INPUT_DEPTH): Finding | null {
  const pending: { node: unknown; path: Path }[] = [{ node: value, path: [] }];
  while (pending.length > 0) {
    const { node, path } = pending.pop()!;
    if (!node || typeof node !== "object") continue;
    if (path.length >= limit) return { path, problem: "depth" };
    const entries: [string | number, unknown][] = Array.isArray(node) ? node.map((item, index) => [index, item]) : Object.entries(node);
    for (const [key, item] of entries) {
      if (typeof key === "string" && forbiddenKeys.has(key)) return { path, problem: "key", key };
      if (item && typeof item === "object") pending.push({ node: item, path: [...path, key] });
    }
  }
  return null;
}

/**
 * Refuses input nested deeper than MAX_INPUT_DEPTH before anything recursive reads it (superjson,
 * zod's z.json(), JSON.stringify in a size check): those would exhaust the stack and answer with
 * the engine's "Maximum call stack size exceeded". Refuses forbidden keys (see above) the same way.
 * The error names the field, as validation does.
 */
export function assertInputShape(value: unknown, pathPrefix: Path = []): void {
  const found = inputProblemAt(value);
  if (!found) return;
  const message = found.problem === "depth" ? `nests deeper than ${MAX_INPUT_DEPTH} levels` : `may not hold the key "${found.key}"`;
  const fieldPath = [...pathPrefix, ...found.path];
  // ZodRealError: an Error, so tRPC keeps it as the cause and both error formatters list it under fieldErrors.
  const cause = new z.ZodRealError([{ code: "custom", path: fieldPath, message, input: undefined }]);
  throw new TRPCError({ code: "BAD_REQUEST", message: `${fieldPath.join(".") || "input"}: ${message}`, cause });
}
