import { createHash } from "node:crypto";

/**
 * JSON with object keys sorted at every level and undefined members dropped, so two requests that
 * mean the same thing hash the same whatever order their client serialised them in.
 */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(sortKeys(value));
}

function sortKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map((item) => (item === undefined ? null : sortKeys(item)));
  if (value instanceof Date) return value.toISOString();
  if (value && typeof value === "object") {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, member]) => member !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return Object.fromEntries(entries.map(([key, member]) => [key, sortKeys(member)]));
  }
  return value;
}

/** sha256 (hex) of the canonical JSON of the request parameters. */
export function requestHash(params: unknown): string {
  return createHash("sha256").update(canonicalJson(params)).digest("hex");
}
