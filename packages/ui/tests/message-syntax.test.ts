import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { createTranslator, IntlErrorCode, type IntlError } from "next-intl";
import { describe, expect, it } from "vitest";

const root = path.resolve(import.meta.dirname, "../../..");
const within = (parent: string) => readdirSync(path.join(root, parent)).map((name) => `${parent}/${name}/messages`);
const folders = [...within("apps"), "packages/ui/messages", ...within("plugins")].filter((folder) => existsSync(path.join(root, folder)));

type Tree = { [key: string]: string | Tree };
const keysOf = (tree: Tree, prefix = ""): string[] =>
  Object.entries(tree).flatMap(([key, value]) => (typeof value === "string" ? [`${prefix}${key}`] : keysOf(value, `${prefix}${key}.`)));

// next-intl parses messages as ICU: a stray brace or a broken plural shows the raw key on the page.
describe.each(folders)("%s", (folder) => {
  it.each(["en", "de"])("every %s message is valid ICU", (locale) => {
    const messages = JSON.parse(readFileSync(path.join(root, folder, `${locale}.json`), "utf8")) as Tree;
    const invalid: string[] = [];
    const onError = (error: IntlError) => {
      if (error.code === IntlErrorCode.INVALID_MESSAGE) invalid.push(error.message);
    };
    const t = createTranslator({ locale, messages, onError }) as unknown as (key: string, values: Record<string, unknown>) => string;
    for (const key of keysOf(messages)) t(key, new Proxy({}, { get: (_target, name) => (name === "count" || name === "days" ? 2 : "x") }));
    expect(invalid).toEqual([]);
  });
});
