import type { ReactNode } from "react";

/**
 * web.page: public, server-rendered pages that plugins serve under the portal's own URLs.
 *
 * A plugin puts one file per page under `plugins/<slug>/web/pages/<name>.tsx`. The file is a
 * server component (no "use client": it may await data and export generateMetadata) and exports
 *   - `export default async function Page(props: WebPageProps)`,
 *   - `export const config = { zone: "web.page", path: "shop/:slug" }` (a JSON literal), and
 *   - optionally `export async function generateMetadata(props: WebPageProps): Promise<Metadata>`.
 * Compose lists them in apps/web/src/pages.generated.ts; apps/web serves them from one catch-all
 * route, after its own routes (Next matches those first), so a plugin cannot shadow a core page.
 *
 * `path` is "/"-separated segments without leading slash: literal segments, ":name" segments
 * (captured into params) and a final "*" (the rest of the URL, captured as params["*"]). "*"
 * alone claims every URL nobody else serves (a CMS). The most specific pattern wins: segment by
 * segment a literal beats ":name", which beats "*". A disabled plugin's pages do not exist.
 */
export interface WebPageConfig {
  zone: "web.page";
  path: string;
  /** Fallback <title> when the page exports no generateMetadata. */
  title?: string;
  [key: string]: unknown;
}

/** What a web.page component (and its generateMetadata) receives. */
export interface WebPageProps {
  plugin: string;
  /** The URL path that matched, without leading slash: "shop/blue-shoes". */
  path: string;
  /** Values of ":name" segments, and "*" for the rest matched by a trailing "*". */
  params: Record<string, string>;
  searchParams: Record<string, string | string[] | undefined>;
}

/** A page module as compose imports it (`import * as page from ".../web/pages/x"`). */
export interface WebPageModule {
  // Props are the page's own business; the host passes WebPageProps.
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  default: (props: any) => ReactNode | Promise<ReactNode>;
  // Returns Next's Metadata; typed loosely so this package does not depend on next.
  generateMetadata?: (props: WebPageProps) => Promise<object> | object;
}

export interface WebPageEntry {
  plugin: string;
  /** "<slug>/pages/<file name without extension>". */
  id: string;
  module: WebPageModule;
  config: WebPageConfig;
}

export type WebPageRegistry = readonly WebPageEntry[];

export interface WebPageMatch {
  entry: WebPageEntry;
  params: Record<string, string>;
}

const LITERAL = 0;
const PARAM = 1;
const REST = 2;

function segmentsOf(path: string): string[] {
  return path.split("/").filter((segment) => segment.length > 0);
}

// Next hands over encoded segments in some versions and decoded ones in others; a stray "%" must not throw.
function decode(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}

/** Per segment of the pattern: literal, ":name" or "*"; compared lexicographically, lower is more specific. */
function ranks(pattern: string): number[] {
  return segmentsOf(pattern).map((part) => (part === "*" ? REST : part.startsWith(":") ? PARAM : LITERAL));
}

/** Params of `pattern` against URL segments, or null when it does not match. */
export function matchWebPath(pattern: string, segments: readonly string[]): Record<string, string> | null {
  const parts = segmentsOf(pattern);
  const params: Record<string, string> = {};
  for (const [index, part] of parts.entries()) {
    if (part === "*") {
      // "*" needs at least one segment: "blog/*" does not serve "blog" itself.
      if (index >= segments.length) return null;
      params["*"] = segments.slice(index).map(decode).join("/");
      return params;
    }
    const segment = segments[index];
    if (segment === undefined) return null;
    if (part.startsWith(":")) params[part.slice(1)] = decode(segment);
    else if (part !== decode(segment)) return null;
  }
  return parts.length === segments.length ? params : null;
}

/** Negative when pattern `a` is more specific than `b`. */
export function compareSpecificity(a: string, b: string): number {
  const left = ranks(a);
  const right = ranks(b);
  for (let index = 0; index < Math.min(left.length, right.length); index++) {
    const difference = left[index]! - right[index]!;
    if (difference !== 0) return difference;
  }
  // Same kinds so far: the longer pattern names more of the URL ("docs/*" vs "docs/:a/*").
  return right.length - left.length;
}

/** The enabled plugin page serving `segments`, the most specific first; registry order breaks ties. */
export function findWebPage(registry: WebPageRegistry, segments: readonly string[], enabled: readonly string[]): WebPageMatch | null {
  const enabledSet = new Set(enabled);
  let best: (WebPageMatch & { pattern: string }) | null = null;
  for (const entry of registry) {
    if (!enabledSet.has(entry.plugin)) continue;
    const params = matchWebPath(entry.config.path, segments);
    if (!params) continue;
    if (!best || compareSpecificity(entry.config.path, best.pattern) < 0) best = { entry, params, pattern: entry.config.path };
  }
  return best ? { entry: best.entry, params: best.params } : null;
}

const SEGMENT = /^(?:[A-Za-z0-9._~-]+|:[A-Za-z_][A-Za-z0-9_]*|\*)$/;

/** Why `path` is not a valid web.page path, or null. Compose reports it with the file name. */
export function webPathProblem(path: unknown): string | null {
  if (typeof path !== "string") return 'must be a string like "hello", "shop/:slug" or "*"';
  if (path.startsWith("/") || path.endsWith("/")) return `"${path}" must not start or end with "/"`;
  const parts = path.split("/");
  if (path === "" || parts.some((part) => part === "")) return `"${path}" has an empty segment (the portal's home page is a core page)`;
  const bad = parts.find((part) => !SEGMENT.test(part));
  if (bad !== undefined) return `"${path}": segment "${bad}" must be letters, digits, "-", "_", ".", "~", a ":name" or "*"`;
  if (parts.slice(0, -1).includes("*")) return `"${path}": "*" may only be the last segment`;
  if (parts[0] === "api" || parts[0] === "_next") return `"${path}": /${parts[0]}/ belongs to the host`;
  const names = parts.filter((part) => part.startsWith(":"));
  if (new Set(names).size !== names.length) return `"${path}": a ":name" appears twice`;
  return null;
}

/** Two patterns that would always serve the same URLs ("shop/:id" and "shop/:slug"). */
export function samePathShape(a: string, b: string): boolean {
  const shape = (path: string) =>
    segmentsOf(path)
      .map((part) => (part.startsWith(":") ? ":" : part))
      .join("/");
  return shape(a) === shape(b);
}
