import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { messageKeys } from "../src/check-messages";
import type { JsonValue } from "../src/parse-literal";

const root = path.resolve(import.meta.dirname, "../../..");
const LOCALES = ["en", "de"];

/** Keys one catalogue has and the other lacks, as "<locale>: <key>". */
function parityGaps(catalogues: Record<string, JsonValue>): string[] {
  const keys = Object.fromEntries(Object.entries(catalogues).map(([locale, messages]) => [locale, new Set(messageKeys(messages))]));
  const all = new Set(Object.values(keys).flatMap((set) => [...set]));
  return Object.entries(keys).flatMap(([locale, set]) => [...all].filter((key) => !set.has(key)).map((key) => `${locale}: ${key}`));
}

// Every folder whose strings reach a reader: both apps, the component kit, the PDF documents, every plugin.
const within = (parent: string) => readdirSync(path.join(root, parent)).map((name) => `${parent}/${name}/messages`);
const folders = [...within("apps"), "packages/ui/messages", "packages/invoice-pdf/messages", ...within("plugins")]
  .filter((folder) => existsSync(path.join(root, folder)))
  .sort();

describe("messages exist in every locale", () => {
  it("finds the catalogues of both apps, the kit and the plugins", () => {
    expect(folders).toEqual(
      expect.arrayContaining([
        "apps/admin/messages",
        "apps/web/messages",
        "packages/ui/messages",
        "packages/invoice-pdf/messages",
        "plugins/webhooks/messages",
      ]),
    );
  });

  it.each(folders)("%s has the same keys in en and de", (folder) => {
    const catalogues = Object.fromEntries(
      LOCALES.map((locale) => [locale, JSON.parse(readFileSync(path.join(root, folder, `${locale}.json`), "utf8")) as JsonValue]),
    );
    expect(parityGaps(catalogues)).toEqual([]);
  });

  it("names a key that only one locale has", () => {
    expect(parityGaps({ en: { nav: { users: "Users", plans: "Plans" } }, de: { nav: { users: "Benutzer" } } })).toEqual(["de: nav.plans"]);
  });
});
