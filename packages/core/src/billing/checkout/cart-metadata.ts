import { z } from "zod";

/** Stripe-like bounds: enough for tags and references, too little to park data in a cart. */
export const cartMetadataLimits = { keys: 50, keyLength: 40, depth: 3, bytes: 8 * 1024 } as const;

/** Iterative, so a hostile thousand-level nesting is measured without recursing into it. */
function deeperThan(root: unknown, limit: number): boolean {
  const pending: [unknown, number][] = [[root, 1]];
  while (pending.length > 0) {
    const [value, depth] = pending.pop()!;
    if (value === null || typeof value !== "object") continue;
    if (depth > limit) return true;
    for (const child of Array.isArray(value) ? value : Object.values(value)) pending.push([child, depth + 1]);
  }
  return false;
}

/** A cart's free-form `metadata`: bounded in keys, nesting and size, each refusal naming the limit. */
export const cartMetadataSchema = z.record(z.string().min(1).max(cartMetadataLimits.keyLength), z.unknown()).superRefine((metadata, ctx) => {
  const { keys, depth, bytes } = cartMetadataLimits;
  const count = Object.keys(metadata).length;
  if (count > keys) return ctx.addIssue({ code: "custom", message: `must have at most ${keys} keys (has ${count})` });
  if (deeperThan(metadata, depth)) return ctx.addIssue({ code: "custom", message: `must nest at most ${depth} levels deep` });
  let json: string;
  try {
    json = JSON.stringify(metadata);
  } catch {
    return ctx.addIssue({ code: "custom", message: "must be plain JSON (strings, numbers, booleans, null, arrays, objects)" });
  }
  const size = new TextEncoder().encode(json).length;
  if (size > bytes) ctx.addIssue({ code: "custom", message: `must be at most ${bytes} bytes as JSON (is ${size})` });
});
