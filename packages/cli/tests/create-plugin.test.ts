import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { findRepoRoot } from "@tillbox/db/migrations";
import { createTestDb, type TestDb } from "@tillbox/db/testing";
import { childEnv, copyRepository, removeCopy, run, type RunResult } from "./helpers/repo-copy";

/**
 * `pnpm create-plugin` end to end, in a copy of the repository (it writes a plugin, changes the
 * lockfile and regenerates composed files): the new plugin composes, typechecks and passes its
 * own tests against a real database.
 */
let copy: string;
let test: TestDb | undefined;
let env: NodeJS.ProcessEnv;

const pnpm = (...args: string[]): Promise<RunResult> => run(copy, "pnpm", args, env);

beforeAll(async () => {
  copy = copyRepository(findRepoRoot());
  // With a server, the nested run gets a database of its own: its migrated template is named
  // after it, so it never replaces the template this run's other tests copy from.
  test = process.env.DATABASE_URL ? await createTestDb() : undefined;
  env = childEnv(test ? { DATABASE_URL: test.url } : {});
  // No install scripts: the copy only needs its links (the Prisma client is copied, esbuild ships its binary).
  const installed = await pnpm("install", "--offline", "--frozen-lockfile", "--ignore-scripts");
  expect(installed.code, installed.output).toBe(0);
}, 180_000);

afterAll(async () => {
  if (copy) removeCopy(copy);
  if (test) {
    // The nested run's template database, named after the database it was given.
    const tag = new URL(test.url!).pathname.slice(1).slice(0, 24);
    const templates = await test.db.$queryRaw<{ name: string }[]>`SELECT datname AS name FROM pg_database WHERE starts_with(datname, ${`tillbox_tpl_${tag}_`})`;
    for (const { name } of templates) await test.db.$executeRawUnsafe(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    await test.close();
  }
}, 60_000);

describe("pnpm create-plugin", () => {
  it("refuses a bad, taken or reserved slug with one line naming it, and writes nothing", async () => {
    const pluginsBefore = readdirSync(path.join(copy, "plugins")).sort();
    for (const [slug, message] of [
      [
        "Gift_Cards",
        '"Gift_Cards" is not a valid plugin slug: use kebab-case (lowercase letters, digits and dashes, starting with a letter), e.g. "gift-cards".',
      ],
      ["webhooks", '"webhooks" already exists: plugins/webhooks is there.'],
      ["billing", '"billing" is reserved (a core API namespace)'],
    ]) {
      const result = await pnpm("create-plugin", slug!);
      expect(result.code, result.output).not.toBe(0);
      expect(result.output).toContain(`create-plugin: ${message}`);
      expect(result.output).not.toMatch(/\n\s+at /); // no stack trace
    }
    expect(readdirSync(path.join(copy, "plugins")).sort()).toEqual(pluginsBefore);
  }, 60_000);

  it("writes a plugin that composes, typechecks, lints and passes its own tests", async () => {
    const created = await pnpm("create-plugin", "test-widgets");
    expect(created.code, created.output).toBe(0);
    expect(created.output).toContain("trpc.testWidgets.* is typed in both apps");

    const check = await pnpm("compose", "--check");
    expect(check.code, check.output).toBe(0);
    expect(check.output).toMatch(/plugins: .*test-widgets/);
    const generated = (file: string) => readFileSync(path.join(copy, file), "utf8");
    expect(generated("packages/api/src/generated/routers.generated.ts")).toContain("testWidgets: testWidgetsRouter,");
    expect(generated("packages/api/src/generated/functions.generated.ts")).toContain('{ plugin: "test-widgets", fn: testWidgetsItemCreatedFunction }');
    const adminSlots = generated("apps/admin/src/slots.generated.tsx");
    expect(adminSlots).toContain('id: "test-widgets/sidebar-link"');
    expect(adminSlots).toContain('id: "test-widgets/test-widgets-page"');
    // Its public page is served at /test-widgets by the portal's plugin page route.
    expect(generated("apps/web/src/pages.generated.ts")).toContain('config: {"zone":"web.page","path":"test-widgets"}');
    const catalogue = generated("apps/web/src/messages.generated.ts");
    expect(catalogue).toMatch(/"test-widgets": \{[^}]*"publicTitle"/);

    // Side by side: typecheck and lint are CPU, the tests mostly wait on the database.
    const [typecheck, lint, tests] = await Promise.all([
      pnpm("exec", "tsc", "--noEmit", "-p", "plugins/test-widgets"),
      pnpm("--dir", "plugins/test-widgets", "exec", "eslint", "."),
      pnpm("exec", "vitest", "run", "plugins/test-widgets"),
    ]);
    expect(typecheck.code, typecheck.output).toBe(0);
    expect(lint.code, lint.output).toBe(0);
    expect(tests.code, tests.output).toBe(0);
    expect(tests.output).toMatch(/Tests\s+5 passed/);
  }, 240_000);
});
