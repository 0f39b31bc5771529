import { describe, expect, it } from "vitest";
import { enabledEntries, findPageEntry, isSidebarConfig, matchPagePath, type SlotEntry, type SlotRegistry } from "../src/slot-registry";

const Noop = () => null;
const entry = (plugin: string, id: string, config: SlotEntry["config"]): SlotEntry => ({ plugin, id, component: Noop, config });

const registry: SlotRegistry = {
  "admin.sidebar": [
    entry("webhooks", "webhooks/admin/sidebar", { zone: "admin.sidebar", label: "Webhooks", href: "/plugins/webhooks", order: 20 }),
    entry("cms", "cms/admin/sidebar", { zone: "admin.sidebar", label: "Pages", href: "/plugins/cms", order: 10 }),
    entry("shop", "shop/admin/sidebar", { zone: "admin.sidebar", label: "Shop", href: "/plugins/shop" }),
  ],
  "admin.page": [
    entry("webhooks", "webhooks/admin/endpoint", { zone: "admin.page", path: "endpoints/:id" }),
    entry("webhooks", "webhooks/admin/new", { zone: "admin.page", path: "endpoints/new" }),
    entry("webhooks", "webhooks/admin/index", { zone: "admin.page" }),
    entry("cms", "cms/admin/index", { zone: "admin.page", path: "" }),
  ],
};

describe("enabledEntries", () => {
  it("keeps only enabled plugins, ordered by config.order then registry order", () => {
    const ids = enabledEntries(registry, "admin.sidebar", ["webhooks", "cms", "shop"]).map((item) => item.id);
    expect(ids).toEqual(["shop/admin/sidebar", "cms/admin/sidebar", "webhooks/admin/sidebar"]);
  });

  it("drops a disabled plugin's entries and tolerates unknown zones", () => {
    expect(enabledEntries(registry, "admin.sidebar", ["cms"]).map((item) => item.plugin)).toEqual(["cms"]);
    expect(enabledEntries(registry, "admin.sidebar", [])).toEqual([]);
    expect(enabledEntries(registry, "web.home", ["cms"])).toEqual([]);
  });
});

describe("matchPagePath", () => {
  it("matches static segments and captures :params (decoded)", () => {
    expect(matchPagePath("", [])).toEqual({});
    expect(matchPagePath("endpoints/:id", ["endpoints", "a%20b"])).toEqual({ id: "a b" });
    expect(matchPagePath("/endpoints/", ["endpoints"])).toEqual({});
  });

  it("rejects different lengths or literals", () => {
    expect(matchPagePath("", ["x"])).toBeNull();
    expect(matchPagePath("endpoints/:id", ["endpoints"])).toBeNull();
    expect(matchPagePath("endpoints/:id", ["deliveries", "1"])).toBeNull();
  });
});

describe("findPageEntry", () => {
  const all = ["webhooks", "cms"];

  it("finds the root page of a plugin (path defaults to empty)", () => {
    expect(findPageEntry(registry, "webhooks", [], all)?.entry.id).toBe("webhooks/admin/index");
    expect(findPageEntry(registry, "cms", [], all)?.entry.id).toBe("cms/admin/index");
  });

  it("prefers a static path over a :param one and returns params", () => {
    expect(findPageEntry(registry, "webhooks", ["endpoints", "new"], all)?.entry.id).toBe("webhooks/admin/new");
    expect(findPageEntry(registry, "webhooks", ["endpoints", "42"], all)).toMatchObject({ entry: { id: "webhooks/admin/endpoint" }, params: { id: "42" } });
  });

  it("returns null for disabled or unknown plugins and unmatched paths", () => {
    expect(findPageEntry(registry, "webhooks", [], ["cms"])).toBeNull();
    expect(findPageEntry(registry, "nope", [], all)).toBeNull();
    expect(findPageEntry(registry, "webhooks", ["missing"], all)).toBeNull();
  });
});

describe("isSidebarConfig", () => {
  it("requires a label and an href", () => {
    expect(isSidebarConfig({ zone: "admin.sidebar", label: "A", href: "/a" })).toBe(true);
    expect(isSidebarConfig({ zone: "admin.sidebar", label: "A" })).toBe(false);
  });
});
