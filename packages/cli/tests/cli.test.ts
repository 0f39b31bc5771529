import { spawn } from "node:child_process";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDb, type TestDb } from "@tillbox/db/testing";
import { findRepoRoot } from "@tillbox/db/migrations";

const root = findRepoRoot();
let test: TestDb | undefined;
let env: NodeJS.ProcessEnv;

/** Runs `pnpm tillbox …` as a user would, in a child process. */
function tillbox(args: string[], extra: NodeJS.ProcessEnv = {}): Promise<{ code: number; output: string }> {
  return new Promise((resolveRun) => {
    const child = spawn(process.execPath, ["--import", "tsx", "packages/cli/src/tillbox.ts", ...args], {
      cwd: root,
      env: { ...env, ...extra },
    });
    let output = "";
    child.stdout.on("data", (chunk) => (output += chunk));
    child.stderr.on("data", (chunk) => (output += chunk));
    child.once("exit", (code) => resolveRun({ code: code ?? 1, output }));
  });
}

beforeAll(async () => {
  const { DATABASE_URL: serverUrl, ...rest } = process.env;
  if (serverUrl) {
    test = await createTestDb();
    env = { ...rest, DATABASE_URL: test.url };
  } else {
    // The embedded folder, opened by the CLI itself (no dev server on this port).
    env = { ...rest, TILLBOX_DATA_DIR: mkdtempSync(join(tmpdir(), "tillbox-cli-")), TILLBOX_EMBEDDED_DB_PORT: "54999" };
    const migrated = await tillbox(["db", "migrate"]);
    expect(migrated.output).toMatch(/Applied \d+ migration/);
  }
}, 120_000);
afterAll(async () => {
  await test?.close();
});

describe("pnpm tillbox", () => {
  it("lists, disables, shows and re-enables the webhooks plugin", async () => {
    const list = await tillbox(["plugins", "list"]);
    expect(list.code).toBe(0);
    expect(list.output).toMatch(/^webhooks\s+1\.0\.0\s+enabled/m);

    expect((await tillbox(["plugins", "disable", "webhooks"])).output).toContain("Disabled webhooks.");
    const info = await tillbox(["plugins", "info", "webhooks"]);
    expect(info.output).toMatch(/status:\s+disabled/);
    expect(info.output).toContain("webhooks:manage");

    expect((await tillbox(["plugins", "enable", "webhooks"])).output).toContain("Enabled webhooks.");
  }, 120_000);

  it("fails with one clear line and a non-zero exit for an unknown plugin or command", async () => {
    const unknown = await tillbox(["plugins", "enable", "ghost"]);
    expect(unknown.code).toBe(1);
    expect(unknown.output.trim()).toBe('Plugin "ghost" is not installed.');

    const usage = await tillbox(["plugins", "explode"]);
    expect(usage.code).toBe(2);
    expect(usage.output).toContain("Usage: pnpm tillbox");
  }, 60_000);

  it("seeds idempotently and refuses db reset in production", async () => {
    expect((await tillbox(["db", "seed"])).code).toBe(0);
    expect((await tillbox(["db", "seed"])).code).toBe(0);
    const reset = await tillbox(["db", "reset"], { NODE_ENV: "production" });
    expect(reset.code).toBe(1);
    expect(reset.output).toContain("refuses to run with NODE_ENV=production");
  }, 120_000);
});
