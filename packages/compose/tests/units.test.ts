import { describe, expect, it } from "vitest";
import { ProblemList } from "../src/errors";
import { camelCase, fileStem, importPath } from "../src/names";
import { orderPlugins } from "../src/order-plugins";
import { scanBlocks } from "../src/prisma/scan-blocks";
import { extractConfig, hasDefaultExport, hasNamedExport, stripComments } from "../src/scan-source";

const node = (slug: string, ...dependsOn: string[]) => ({ slug, manifest: { dependsOn } });

describe("orderPlugins", () => {
  it("puts dependencies first and breaks ties alphabetically", () => {
    const problems = new ProblemList();
    const ordered = orderPlugins([node("zeta"), node("shop", "billing", "auth"), node("billing", "auth"), node("auth"), node("alpha")], problems);
    expect(ordered.map((plugin) => plugin.slug)).toEqual(["alpha", "auth", "billing", "shop", "zeta"]);
    expect(problems.items).toEqual([]);
  });

  it("prints a longer cycle from its alphabetically first member, ignoring plugins outside it", () => {
    const problems = new ProblemList();
    orderPlugins([node("a", "d"), node("d", "c"), node("c", "b"), node("b", "d"), node("e")], problems);
    expect(problems.items).toEqual(["dependency cycle: b -> d -> c -> b"]);
  });

  it("reports a plugin depending on itself", () => {
    const problems = new ProblemList();
    orderPlugins([node("solo", "solo")], problems);
    expect(problems.items).toEqual(["dependency cycle: solo -> solo"]);
  });
});

describe("source scanning", () => {
  it("does not mistake // inside strings for comments", () => {
    const code = stripComments('const url = "http://x"; // gone\n/* gone\ntoo */ export default 1;');
    expect(code).toContain('"http://x"');
    expect(code).not.toContain("gone");
    expect(code.split("\n")).toHaveLength(3);
  });

  it("finds named and default exports, not ones in comments", () => {
    expect(hasNamedExport(stripComments("// export const fooRouter = 1"), "fooRouter")).toBe(false);
    expect(hasNamedExport("export const fooRouter = router({})", "fooRouter")).toBe(true);
    expect(hasNamedExport("const r = 1;\nexport { r as fooRouter };", "fooRouter")).toBe(true);
    expect(hasNamedExport("export { type fooRouter };", "fooRouter")).toBe(false);
    expect(hasNamedExport("export const fooRouterX = 1", "fooRouter")).toBe(false);
    expect(hasDefaultExport("export default defineFunction({})")).toBe(true);
    expect(hasDefaultExport("const f = 1; export { f as default };")).toBe(true);
    expect(hasDefaultExport("export const f = 1;")).toBe(false);
  });

  it("reads config literals as data: quotes, escapes, trailing commas, as const, satisfies", () => {
    const code = stripComments(
      "export const config: SlotConfig = {\n  zone: 'admin.page', // comment\n  \"path\": `a\\u0041`,\n  n: -1.5e2, list: [1, 'x',], flag: true as const,\n} satisfies SlotConfig;",
    );
    expect(extractConfig(code)).toEqual({ kind: "ok", value: { zone: "admin.page", path: "aA", n: -150, list: [1, "x"], flag: true } });
  });

  it("refuses non-data config with the line of the problem", () => {
    expect(extractConfig("export const config = {\n  zone: 'admin.page',\n  href: makeHref(),\n};")).toEqual({
      kind: "invalid",
      line: 3,
      message: "only plain JSON data is allowed (strings, numbers, booleans, null, arrays, objects)",
    });
    expect(extractConfig("export const config = { zone: `${x}` };")).toMatchObject({ kind: "invalid" });
    expect(extractConfig("export function helper() {}")).toEqual({ kind: "none" });
  });
});

describe("scanBlocks", () => {
  it("finds blocks with their doc comments and lines", () => {
    const problems = new ProblemList();
    const blocks = scanBlocks('// file comment\n\n/// doc\nmodel A {\n  id String @id @default("}")\n}\n', "f.prisma", problems);
    expect(blocks).toMatchObject([{ keyword: "model", name: "A", startLine: 4, endLine: 6, leadingLine: 3 }]);
    expect(problems.items).toEqual([]);
  });

  it("reports an unclosed block and stray text with file and line", () => {
    const problems = new ProblemList();
    scanBlocks("model A {\n  id Int @id\nmodel B {\n  id Int @id\n}\nthis is junk\n", "p/schema.prisma", problems);
    expect(problems.items).toEqual([
      "p/schema.prisma:1: model A is not closed before line 3",
      'p/schema.prisma:6: unexpected "this is junk" (expected a model or enum block)',
    ]);
  });
});

describe("names", () => {
  it("derives namespaces, identifiers and relative imports", () => {
    expect(camelCase("payments-stripe")).toBe("paymentsStripe");
    expect(fileStem("webhooks", "webhooks-page.tsx")).toBe("webhooks-page");
    expect(fileStem("webhooks", "sidebar-link.tsx")).toBe("webhooks-sidebar-link");
    expect(importPath("/r/packages/api/src/generated/x.ts", "/r/plugins/a/server/router.ts")).toBe("../../../../plugins/a/server/router");
  });
});
