/**
 * The plugin page route (src/app/[...slug]/page.tsx) decides with getEnabledPluginSlugs (the database's plugin state,
 * read per request) and findWebPage: a disabled plugin's page is not found, at once, while an
 * enabled plugin's catch-all still answers other URLs.
 */
import { createTranslator } from "next-intl";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { setDb } from "@tillbox/db";
import { createTestDb, type TestDb } from "@tillbox/db/testing";
import { setPluginState } from "@tillbox/plugin-sdk/testing";
import { findWebPage, type WebPageEntry } from "@tillbox/ui/web-page-registry";
import { getEnabledPluginSlugs } from "@tillbox/api";
import { composedMessages } from "../src/messages.generated";
import { webPages } from "../src/pages.generated";

// Outside a Next server there is no request; this one asks in German, as a browser set to German would.
vi.mock("next-intl/server", () => ({
  getTranslations: async (namespace: string) => createTranslator({ locale: "de", messages: composedMessages.de!, namespace }),
}));

let t: TestDb;
beforeAll(async () => {
  t = await createTestDb();
  setDb(t.db);
});
afterAll(async () => {
  setDb(undefined);
  await t.close();
});

const page = (plugin: string, path: string): WebPageEntry => ({
  plugin,
  id: `${plugin}/pages/x`,
  module: { default: () => null },
  config: { zone: "web.page", path },
});
// The composed registry (payments-sandbox's card page) plus a catch-all lent to another installed plugin.
const registry = [...webPages, page("webhooks", "*")];
const served = async (url: string) => findWebPage(registry, url.split("/"), await getEnabledPluginSlugs())?.entry.plugin ?? null;

describe("plugin pages follow the plugin's runtime switch", () => {
  it("an enabled plugin serves its path; disabled, the URL falls to the catch-all, or to nothing", async () => {
    await setPluginState(t.db, "payments-sandbox", true);
    await setPluginState(t.db, "webhooks", false);
    expect(await served("checkout/sandbox-action")).toBe("payments-sandbox");
    expect(await served("about")).toBeNull();

    await setPluginState(t.db, "payments-sandbox", false);
    expect(await served("checkout/sandbox-action")).toBeNull();

    await setPluginState(t.db, "webhooks", true);
    expect(await served("checkout/sandbox-action")).toBe("webhooks");
    expect(await served("about")).toBe("webhooks");
  });

  it("a state row for a plugin that is not installed serves nothing", async () => {
    await setPluginState(t.db, "payments-sandbox", false);
    await setPluginState(t.db, "webhooks", false);
    await setPluginState(t.db, "ghost", true);
    const ghostRegistry = [page("ghost", "*")];
    expect(findWebPage(ghostRegistry, ["about"], await getEnabledPluginSlugs())).toBeNull();
  });

  it("the route's metadata is the plugin page's own generateMetadata, in the request's language from the composed catalogue", async () => {
    const match = findWebPage(webPages, ["checkout", "sandbox-action"], ["payments-sandbox"]);
    const props = { plugin: "payments-sandbox", path: "checkout/sandbox-action", params: match!.params, searchParams: {} };
    expect(await match!.entry.module.generateMetadata!(props)).toEqual({ title: "Zahlung bestätigen", robots: { index: false } });
  });
});
