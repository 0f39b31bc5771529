import { AsyncLocalStorage } from "node:async_hooks";
import { afterEach, beforeAll, describe, expect, it } from "vitest";
import type * as WebHelpers from "../src/web";

type Helpers = typeof WebHelpers;
let cachedByTag: Helpers["cachedByTag"];
let pluginCacheTag: Helpers["pluginCacheTag"];
let revalidatePluginTag: Helpers["revalidatePluginTag"];

beforeAll(async () => {
  // What Next's server sets up before its request-scoped modules load (they read it on load).
  (globalThis as Record<string, unknown>).AsyncLocalStorage = AsyncLocalStorage;
  ({ cachedByTag, pluginCacheTag, revalidatePluginTag } = await import("../src/web"));
});

interface StoredEntry {
  value: { kind: "FETCH"; data: { body: string } };
  tags: string[];
}

/**
 * Next's incremental cache as unstable_cache sees it (globalThis.__incrementalCache is where Next
 * puts it in a server), in memory: enough to watch what cachedByTag stores and under which tags.
 */
function installMemoryCache() {
  const store = new Map<string, StoredEntry>();
  (globalThis as Record<string, unknown>).__incrementalCache = {
    generateSimpleCacheKey: async (key: string) => key,
    get: async (key: string) => {
      const entry = store.get(key);
      return entry ? { value: entry.value, isStale: false } : null;
    },
    set: async (key: string, value: StoredEntry["value"], context: { tags: string[] }) => {
      store.set(key, { value, tags: context.tags });
    },
  };
  return store;
}

afterEach(() => {
  delete (globalThis as Record<string, unknown>).__incrementalCache;
});

describe("plugin page cache helpers", () => {
  it("names tags after the plugin and refuses tags that are not", () => {
    expect(pluginCacheTag("shop", "products")).toBe("shop:products");
    expect(() => pluginCacheTag("Shop", "products")).toThrow('Cache tag "Shop:products" must look like "<plugin slug>:<name>"');
    expect(() => cachedByTag(["products"], async () => 1)).toThrow('Cache tag "products" must look like');
    expect(() => revalidatePluginTag("no tag")).toThrow('Cache tag "no tag" must look like');
  });

  it("stores the value under its tags and serves it again without running the function, per argument", async () => {
    const store = installMemoryCache();
    let runs = 0;
    const product = cachedByTag([pluginCacheTag("shop", "products")], async (slug: string) => ({ slug, run: ++runs }));
    expect(await product("shoes")).toEqual({ slug: "shoes", run: 1 });
    expect(await product("shoes")).toEqual({ slug: "shoes", run: 1 });
    expect(await product("hats")).toEqual({ slug: "hats", run: 2 });
    expect(store.size).toBe(2);
    for (const entry of store.values()) expect(entry.tags).toEqual(["shop:products"]);
  });

  it("outside a Next server there is no cache: the function runs each time and revalidating does nothing", async () => {
    let runs = 0;
    const count = cachedByTag([pluginCacheTag("shop", "count")], async () => ++runs);
    expect(await count()).toBe(1);
    expect(await count()).toBe(2);
    expect(() => revalidatePluginTag("shop:count")).not.toThrow();
  });
});
