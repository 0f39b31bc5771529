import { existsSync } from "node:fs";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { makeRoot, problemsOf, read, removeRoots, write } from "./fixture-root";

afterAll(removeRoots);

describe("compose refuses broken plugins, naming what is wrong", () => {
  it("prints a dependency cycle", async () => {
    const problems = await problemsOf(makeRoot("cycle"));
    expect(problems).toEqual(["dependency cycle: a -> b -> a"]);
  });

  it("names both plugins of a missing dependency", async () => {
    const problems = await problemsOf(makeRoot("missing-dep"));
    expect(problems).toEqual(['plugin "a" depends on "ghost", which is not installed']);
  });

  it("reports a duplicate slug with both files", async () => {
    const problems = await problemsOf(makeRoot("duplicate-slug"));
    expect(problems).toContain('duplicate slug "one": declared by plugins/one/plugin.ts and plugins/two/plugin.ts');
  });

  it("reports a slug that differs from its folder", async () => {
    const problems = await problemsOf(makeRoot("slug-mismatch"));
    expect(problems).toEqual(['plugins/foo/plugin.ts: slug "bar" must equal its folder name "foo"']);
  });

  it("reports an invalid manifest with the field path", async () => {
    const problems = await problemsOf(makeRoot("invalid-manifest"));
    expect(problems).toEqual(["plugins/bad/plugin.ts: version: must be semver, e.g. 1.0.0"]);
  });

  it("reports a fragment syntax error at its file and line", async () => {
    const problems = await problemsOf(makeRoot("bad-fragment"));
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(/^plugins\/broken\/schema\.prisma:6: .*not a valid field/);
  });

  it("maps a Prisma validation error to the fragment line and hints at the back-relation", async () => {
    const problems = await problemsOf(makeRoot("missing-back-relation"));
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(/^plugins\/lonely\/schema\.prisma:4: .*opposite relation field on the model `Tenant`/);
    expect(problems[0]).toContain("model Tenant { … }");
  });

  it("names both fragments of a duplicate model", async () => {
    const problems = await problemsOf(makeRoot("duplicate-model"));
    expect(problems).toEqual(["plugins/second/schema.prisma:1: model Shared is defined by both plugins/first/schema.prisma and plugins/second/schema.prisma"]);
  });

  it("checks router exports, slot zones, slot config data, function exports and table prefixes", async () => {
    const problems = await problemsOf(makeRoot("bad-files"));
    expect(problems).toEqual([
      'plugins/sloppy/server/router.ts: must export "sloppyRouter" (the tRPC router of plugin "sloppy")',
      'plugins/sloppy/functions/no-default.ts: must default-export a Tillbox function (kind "tillbox-function")',
      'plugins/sloppy/admin/wrong-zone.tsx: config.zone: "web.home" is not an admin zone (admin.sidebar, admin.dashboard, admin.page, admin.user.detail, admin.invoice.detail)',
      'plugins/sloppy/web/not-data.tsx:5: config: "label" has no literal value (shorthand properties and variables are not plain data)',
      'plugins/sloppy/schema.prisma:1: @@map("thing") of model SloppyThing must start with "sloppy_"',
    ]);
  });

  it("writes nothing when it refuses", async () => {
    const root = makeRoot("valid", "missing-dep");
    await problemsOf(root);
    expect(existsSync(path.join(root, "packages/db/prisma/schema.generated.prisma"))).toBe(false);
    expect(existsSync(path.join(root, "packages/api/src/generated"))).toBe(false);
  });
});

describe("core model extensions", () => {
  it("refuses block attributes and duplicate fields on a core model", async () => {
    const root = makeRoot("valid");
    write(
      root,
      "plugins/beta-tools/schema.prisma",
      read(root, "plugins/beta-tools/schema.prisma").replace(
        "  betaNotes BetaNote[]\n",
        "  betaNotes BetaNote[]\n  alphaThings BetaNote[]\n  name String\n  @@index([name])\n",
      ),
    );
    expect(await problemsOf(root)).toEqual([
      "plugins/beta-tools/schema.prisma:3: field Tenant.alphaThings already exists (in plugins/alpha/schema.prisma)",
      "plugins/beta-tools/schema.prisma:4: field Tenant.name already exists (in prisma/schema.prisma)",
      "plugins/beta-tools/schema.prisma:5: model Tenant belongs to the core schema: a fragment may only add fields to it",
    ]);
  });

  it("refuses redefining a core enum and a missing @@map", async () => {
    const root = makeRoot("valid");
    write(root, "plugins/beta-tools/schema.prisma", "enum PluginStatus {\n  on\n}\n\nmodel BetaOther {\n  id String @id\n}\n");
    expect(await problemsOf(root)).toEqual([
      "plugins/beta-tools/schema.prisma:1: enum PluginStatus is already defined by the core schema (prisma/schema.prisma)",
      'plugins/beta-tools/schema.prisma:5: model BetaOther needs @@map("beta_tools_…") (plugin tables and types are prefixed with the slug)',
    ]);
  });
});

describe("reserved slugs", () => {
  it("refuses a slug whose namespace would shadow a core router", async () => {
    const root = makeRoot();
    write(root, "plugins/events/plugin.ts", 'export default { slug: "events", name: "E", version: "1.0.0", description: "d" };\n');
    expect(await problemsOf(root)).toEqual(['plugins/events/plugin.ts: slug "events" is reserved: its tRPC namespace would shadow the core "events" router']);
  });
});
