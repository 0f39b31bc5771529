import { execFile } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { promisify } from "node:util";
import { describe, expect, test } from "vitest";
import { playwrightFailures, vitestFailures, type VitestReport } from "../src/test-report";

const vitestBin = resolve(import.meta.dirname, "../../../node_modules/.bin/vitest");

describe("pnpm test's failure summary", () => {
  test("names each failed Vitest test with its file and first error line, and a file that did not load", async () => {
    const dir = mkdtempSync(join(tmpdir(), "tillbox-report-"));
    writeFileSync(join(dir, "math.test.js"), `describe("sums", () => { test("adds", () => expect(1 + 1).toBe(3)); test("passes", () => {}); });\n`);
    writeFileSync(join(dir, "broken.test.js"), `throw new Error("cannot load this file");\n`);
    const output = join(dir, "report.json");
    await promisify(execFile)(vitestBin, ["run", "--root", dir, "--globals", "--reporter=json", `--outputFile=${output}`]).catch(() => undefined);
    const lines = vitestFailures("unit", JSON.parse(readFileSync(output, "utf8")) as VitestReport, dir).sort();

    expect(lines).toHaveLength(2);
    expect(lines[0]).toMatch(/^unit · broken\.test\.js: .*cannot load this file/);
    expect(lines[1]).toMatch(/^unit · math\.test\.js › sums adds: .*expected 2 to be 3/);
  }, 60_000);

  test("names a browser spec that failed for good, and not one that passed on retry", () => {
    const spec = (title: string, status: string, results: { status: string; error?: { message: string } }[]) => ({
      title,
      file: "checkout.spec.ts",
      tests: [{ status, results }],
    });
    const lines = playwrightFailures([
      {
        title: "checkout.spec.ts",
        suites: [
          {
            title: "nested",
            specs: [
              spec("pays", "unexpected", [
                { status: "failed", error: { message: "first try" } },
                { status: "failed", error: { message: "\nTimeout 20000ms exceeded" } },
              ]),
              spec("refunds", "flaky", [{ status: "failed", error: { message: "once" } }, { status: "passed" }]),
            ],
          },
        ],
      },
    ]);
    expect(lines).toEqual(["browser · checkout.spec.ts › pays: Timeout 20000ms exceeded"]);
  });
});
