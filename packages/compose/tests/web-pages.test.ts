import { cpSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, describe, expect, it } from "vitest";
import { makeRoot, problemsOf, read, removeRoots, run } from "./fixture-root";

afterAll(removeRoots);

const PAGES = "apps/web/src/pages.generated.ts";
const fixtures = path.join(path.dirname(fileURLToPath(import.meta.url)), "fixtures");

/** Every file under root (relative path -> content), plugin dependencies left out. */
function tree(root: string): Map<string, string> {
  const files = new Map<string, string>();
  const walk = (dir: string) => {
    for (const entry of readdirSync(path.join(root, dir), { withFileTypes: true })) {
      const rel = path.posix.join(dir, entry.name);
      if (entry.name === "node_modules") continue;
      if (entry.isDirectory()) walk(rel);
      else files.set(rel, readFileSync(path.join(root, rel), "utf8"));
    }
  };
  walk(".");
  return files;
}

describe("web.page", () => {
  it('collects server-component pages (no "use client") into their own registry with the module and inlined config', async () => {
    const root = makeRoot("valid");
    await run(root);
    const pages = read(root, PAGES);
    expect(pages).toContain('import * as AlphaProductPage from "../../../plugins/alpha/web/pages/product";');
    expect(pages).toContain('import * as BetaToolsHelloPage from "../../../plugins/beta-tools/web/pages/hello";');
    expect(pages).toContain(
      '  { plugin: "beta-tools", id: "beta-tools/pages/hello", module: BetaToolsHelloPage, config: {"zone":"web.page","path":"hello","title":"Hello"} },',
    );
    // Dependency order, like every other registry.
    expect(pages.indexOf("alpha/pages/product")).toBeLessThan(pages.indexOf("beta-tools/pages/hello"));
    // Server components must not reach the client slot registry.
    expect(read(root, "apps/web/src/slots.generated.tsx")).not.toContain("pages/");
  });

  it("writes an empty page registry without plugins, and every entity-screen zone in the admin registry", async () => {
    const root = makeRoot();
    await run(root);
    expect(read(root, PAGES)).toContain("export const webPages: WebPageRegistry = [];");
    const admin = read(root, "apps/admin/src/slots.generated.tsx");
    expect(admin).toContain('  "admin.user.detail": [],\n  "admin.invoice.detail": [],');
  });

  it("refuses page mistakes, each naming its file", async () => {
    const problems = await problemsOf(makeRoot("bad-pages"));
    expect(problems).toEqual([
      'plugins/paged/web/misplaced-page.tsx: config.zone: "web.page" files belong in plugins/paged/web/pages/',
      'plugins/paged/web/pages/bad-path.tsx: config.path: "docs/*/more": "*" may only be the last segment',
      'plugins/paged/web/pages/client-page.tsx: a web.page is a server component: remove "use client" (put interactive parts in a client component it renders)',
      'plugins/paged/web/pages/no-config.tsx: must export const config = { zone: "web.page", path: "hello" }',
      "plugins/paged/web/pages/no-default.tsx: must default-export the page component (async function Page(props: WebPageProps))",
      'plugins/paged/web/pages/wrong-zone.tsx: config: must be an object like { zone: "web.page", path: "hello" }',
      'plugins/paged/web/pages/shop-by-slug.tsx: config.path "shop/:slug" serves the same URLs as plugins/paged/web/pages/shop-by-id.tsx ("shop/:id")',
    ]);
  });

  it("refuses two plugins claiming the same URLs", async () => {
    const root = makeRoot("valid");
    cpSync(path.join(root, "plugins/alpha/web/pages/product.tsx"), path.join(root, "plugins/beta-tools/web/pages/shop.tsx"));
    expect(await problemsOf(root)).toEqual([
      'plugins/beta-tools/web/pages/shop.tsx: config.path "shop/:slug" serves the same URLs as plugins/alpha/web/pages/product.tsx ("shop/:slug")',
    ]);
  });

  it("a plugin adds a public page and a user-detail card by its folder alone: only generated files change", async () => {
    const root = makeRoot("valid");
    await run(root);
    const before = tree(root);
    cpSync(path.join(fixtures, "visitor-notes"), root, { recursive: true });
    const result = await run(root);
    expect(result.plugins).toContain("visitor-notes");
    const after = tree(root);
    const changed = [...after].filter(([file, content]) => before.get(file) !== content).map(([file]) => file);
    const outside = changed.filter((file) => !file.startsWith("plugins/visitor-notes/") && !file.includes(".generated."));
    expect(outside).toEqual([]);
    expect(read(root, PAGES)).toContain(
      '{ plugin: "visitor-notes", id: "visitor-notes/pages/note", module: VisitorNotesNotePage, config: {"zone":"web.page","path":"notes/:noteId"} },',
    );
    const admin = read(root, "apps/admin/src/slots.generated.tsx");
    const userDetail = admin.slice(admin.indexOf('"admin.user.detail"'), admin.indexOf('"admin.invoice.detail"'));
    expect(userDetail).toContain('id: "visitor-notes/user-notes-card",');
    expect(userDetail).toContain('config: {"zone":"admin.user.detail","order":10},');
  });
});
