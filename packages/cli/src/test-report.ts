import { relative } from "node:path";

/**
 * Reads the JSON reports of Vitest and Playwright into one line per failed test, so `pnpm test`
 * can repeat them after the totals: CI often shows only the tail of a long log.
 */

function firstLine(message: string | undefined): string {
  return (
    (message ?? "")
      .split("\n")
      .find((line) => line.trim() !== "")
      ?.trim()
      .slice(0, 300) ?? ""
  );
}

export interface VitestReport {
  numPassedTests: number;
  numFailedTests: number;
  numPendingTests: number;
  numTodoTests: number;
  testResults: { name: string; status: string; message?: string; assertionResults: { fullName: string; status: string; failureMessages: string[] }[] }[];
}

export function vitestFailures(label: string, report: VitestReport, root = process.cwd()): string[] {
  return report.testResults.flatMap((file) => {
    const path = relative(root, file.name);
    const failed = file.assertionResults.filter((test) => test.status === "failed");
    // A file can fail without a failed test (it did not load, a hook threw): say so.
    if (failed.length === 0) return file.status === "failed" ? [`${label} · ${path}: ${firstLine(file.message)}`] : [];
    return failed.map((test) => `${label} · ${path} › ${test.fullName}: ${firstLine(test.failureMessages[0])}`);
  });
}

export interface PlaywrightSuite {
  title: string;
  file?: string;
  specs?: { title: string; file: string; tests: { status: string; results: { status: string; error?: { message?: string } }[] }[] }[];
  suites?: PlaywrightSuite[];
}
export interface PlaywrightReport {
  stats: { expected: number; unexpected: number; flaky: number; skipped: number };
  suites: PlaywrightSuite[];
}

/** Specs that failed for good (a retry that passed is flaky, not failed), with their last error. */
export function playwrightFailures(suites: PlaywrightSuite[] = []): string[] {
  return suites.flatMap((suite) => [
    ...(suite.specs ?? []).flatMap((spec) =>
      spec.tests
        .filter((test) => test.status === "unexpected")
        .map((test) => `browser · ${spec.file} › ${spec.title}: ${firstLine(test.results.at(-1)?.error?.message)}`),
    ),
    ...playwrightFailures(suite.suites),
  ]);
}
