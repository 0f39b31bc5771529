import { describe, expect, it } from "vitest";
import { compareSpecificity, findWebPage, matchWebPath, webPathProblem, type WebPageEntry } from "../src/web-page-registry";

const page = (plugin: string, path: string): WebPageEntry => ({
  plugin,
  id: `${plugin}/pages/${path}`,
  module: { default: () => null },
  config: { zone: "web.page", path },
});

const registry = [
  page("cms", "*"),
  page("shop", "shop/:slug"),
  page("shop", "shop/sale"),
  page("shop", "shop/:slug/reviews"),
  page("docs", "docs/*"),
  page("docs", "docs/:version/*"),
  page("hello", "hello"),
];
const all = ["cms", "shop", "docs", "hello"];
const served = (url: string, enabled = all) => {
  const match = findWebPage(registry, url.split("/"), enabled);
  return match ? { path: match.entry.config.path, params: match.params } : null;
};

describe("web.page path matching", () => {
  it("a literal path beats a :param one, whatever the registry order", () => {
    expect(served("shop/sale")).toEqual({ path: "shop/sale", params: {} });
    expect(served("shop/blue-shoes")).toEqual({ path: "shop/:slug", params: { slug: "blue-shoes" } });
    expect(served("shop/blue-shoes/reviews")).toEqual({ path: "shop/:slug/reviews", params: { slug: "blue-shoes" } });
  });

  it("captures :params decoded and the rest of a trailing * as params['*']", () => {
    expect(served("shop/caf%C3%A9")).toEqual({ path: "shop/:slug", params: { slug: "café" } });
    expect(served("docs/v2/guides/start")).toEqual({ path: "docs/:version/*", params: { version: "v2", "*": "guides/start" } });
    // A stray "%" is kept as written rather than throwing.
    expect(matchWebPath("shop/:slug", ["shop", "100%"])).toEqual({ slug: "100%" });
  });

  it("the catch-all answers last: only URLs no other page serves", () => {
    expect(served("hello")).toEqual({ path: "hello", params: {} });
    expect(served("about/team")).toEqual({ path: "*", params: { "*": "about/team" } });
    expect(served("docs")).toEqual({ path: "*", params: { "*": "docs" } });
    expect(compareSpecificity("docs/*", "*")).toBeLessThan(0);
    expect(compareSpecificity(":a/b", "a/*")).toBeGreaterThan(0);
  });

  it("a disabled plugin's pages do not exist: its URLs fall to another page or to nothing", () => {
    expect(served("shop/sale", ["hello"])).toBeNull();
    expect(served("shop/sale", ["cms"])).toEqual({ path: "*", params: { "*": "shop/sale" } });
    expect(served("about", [])).toBeNull();
  });

  it("matches whole paths only", () => {
    expect(matchWebPath("hello", ["hello", "there"])).toBeNull();
    expect(matchWebPath("shop/:slug", ["shop"])).toBeNull();
    expect(matchWebPath("docs/*", ["docs"])).toBeNull();
  });

  it("explains invalid paths", () => {
    expect(webPathProblem("shop/:slug")).toBeNull();
    expect(webPathProblem("*")).toBeNull();
    expect(webPathProblem(3)).toBe('must be a string like "hello", "shop/:slug" or "*"');
    expect(webPathProblem("")).toContain("empty segment");
    expect(webPathProblem("/hello")).toBe('"/hello" must not start or end with "/"');
    expect(webPathProblem("a/*/b")).toBe('"a/*/b": "*" may only be the last segment');
    expect(webPathProblem("api/hooks")).toBe('"api/hooks": /api/ belongs to the host');
    expect(webPathProblem("a/:id/b/:id")).toBe('"a/:id/b/:id": a ":name" appears twice');
    expect(webPathProblem("a b")).toContain('segment "a b"');
  });
});
