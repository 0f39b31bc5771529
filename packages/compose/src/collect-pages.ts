import path from "node:path";
import { samePathShape, webPathProblem } from "@tillbox/ui/web-page-registry";
import { listFiles } from "./discover";
import type { ProblemList } from "./errors";
import type { LoadedPlugin } from "./load-manifests";
import type { JsonValue } from "./parse-literal";
import { extractConfig, hasDefaultExport, isClientModule, readSource } from "./scan-source";

export interface WebPageSource {
  plugin: string;
  /** "<slug>/pages/<file name without extension>". */
  id: string;
  file: string;
  config: { zone: "web.page"; path: string } & Record<string, JsonValue>;
}

const EXAMPLE = '{ zone: "web.page", path: "hello" }';

/**
 * plugins/<slug>/web/pages/*.tsx: every file there is a page (helpers live beside, in web/), so
 * a page without a usable config is an error rather than a page that silently never answers.
 */
export function collectWebPages(plugin: LoadedPlugin, problems: ProblemList): WebPageSource[] {
  const dir = path.join(plugin.dir, "web", "pages");
  const pages: WebPageSource[] = [];
  for (const name of listFiles(dir, [".tsx"])) {
    const file = path.join(dir, name);
    const where = `${plugin.relDir}/web/pages/${name}`;
    const code = readSource(file);
    const config = extractConfig(code);
    if (config.kind === "none") {
      problems.add(`${where}: must export const config = ${EXAMPLE}`);
      continue;
    }
    if (config.kind === "invalid") {
      problems.add(`${where}:${config.line}: config: ${config.message}`);
      continue;
    }
    const value = config.value;
    if (typeof value !== "object" || value === null || Array.isArray(value) || value.zone !== "web.page") {
      problems.add(`${where}: config: must be an object like ${EXAMPLE}`);
      continue;
    }
    const pathProblem = webPathProblem(value.path);
    if (pathProblem) {
      problems.add(`${where}: config.path: ${pathProblem}`);
      continue;
    }
    // generateMetadata and awaiting data on the server only work in a server component.
    if (isClientModule(code)) {
      problems.add(`${where}: a web.page is a server component: remove "use client" (put interactive parts in a client component it renders)`);
      continue;
    }
    if (!hasDefaultExport(code)) {
      problems.add(`${where}: must default-export the page component (async function Page(props: WebPageProps))`);
      continue;
    }
    pages.push({ plugin: plugin.slug, id: `${plugin.slug}/pages/${name.replace(/\.tsx$/, "")}`, file, config: value as WebPageSource["config"] });
  }
  return pages;
}

/** Two pages (of one plugin or two) whose paths serve the same URLs: which one answers would be luck. */
export function checkPathConflicts(pages: readonly WebPageSource[], problems: ProblemList, relFile: (page: WebPageSource) => string): void {
  for (const [index, page] of pages.entries()) {
    const earlier = pages.slice(0, index).find((other) => samePathShape(other.config.path, page.config.path));
    if (earlier) problems.add(`${relFile(page)}: config.path "${page.config.path}" serves the same URLs as ${relFile(earlier)} ("${earlier.config.path}")`);
  }
}
