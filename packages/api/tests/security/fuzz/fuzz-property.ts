import { appendFileSync } from "node:fs";
import type { Db } from "@tillbox/db";
import { changedTables, tableDigests } from "../database-checksum";
import type { Sent } from "./fuzz-targets";

/**
 * What gives a server's internals away in a response: stack frames ("    at fn (file:1:2)", also
 * JSON-escaped after "\n"), source paths of this repository or its dependencies, file URLs.
 */
const leakPatterns = [
  /(?:\\n|\n)\s+at \S+/,
  /\bat (?:async )?[\w$.<>[\]]+ \([^)]*:\d+:\d+\)/,
  /\/packages\/[\w-]+\//,
  /node_modules/,
  /\.[cm]?[jt]sx?:\d+:\d+/,
  /file:\/\//,
];

/** A runtime or library failure's own words, passed on as if they were an answer: the client learns internals, not what to fix. */
const internalMessages = [
  /Maximum call stack size exceeded/,
  /Cannot (?:read|set|destructure) propert/,
  /is not (?:a function|iterable|defined)\b/,
  /Invalid `\w+\.\w+\.\w+\(\)` invocation/,
  /PrismaClient\w*Error/,
  /superjson/i,
];

const prototypeNames = () => Object.getOwnPropertyNames(Object.prototype).sort().join();
const cleanPrototype = prototypeNames();

/**
 * Sends one call and checks what holds for every call, valid or not:
 * - never a 5xx;
 * - no stack frame, source path or runtime/library error text in the body, unless the request
 *   itself carried that text (an error may echo the id it was given);
 * - Object.prototype untouched (no "__proto__" merged anywhere on the way in);
 * - a refused call (4xx) wrote nothing: every table's rows are as before (see tableDigests).
 * Returns what went wrong, or null.
 */
export async function violationOf(db: Db, send: () => Promise<Sent>): Promise<string | null> {
  const before = await tableDigests(db);
  const { response, requestText } = await send();
  const text = await response.text();
  const status = response.status;
  if (process.env.FUZZ_LOG)
    appendFileSync(process.env.FUZZ_LOG, `${status}\t${requestText.slice(0, 160).replace(/\s+/g, " ")}\t${text.slice(0, 200).replace(/\s+/g, " ")}\n`);
  if (status >= 500) return `answered ${status}: ${text.slice(0, 400)}`;
  for (const pattern of [...leakPatterns, ...internalMessages]) {
    const found = pattern.exec(text)?.[0];
    if (found && !requestText.includes(found)) return `answered ${status} with "${found}" in ${text.slice(0, 400)}`;
  }
  if (prototypeNames() !== cleanPrototype || ({} as Record<string, unknown>).polluted !== undefined) return "polluted Object.prototype";
  if (status >= 400) {
    const changed = changedTables(before, await tableDigests(db));
    if (changed.length > 0) return `refused with ${status} (${text.slice(0, 200)}) but wrote ${changed.join("; ")}`;
  }
  return null;
}
