import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { compose, ComposeError, type ComposeOptions } from "../src";

const here = path.dirname(fileURLToPath(import.meta.url));
const fixtures = path.join(here, "fixtures");
// Inside the package (not os.tmpdir) so fixture plugins resolve @tillbox/plugin-sdk and zod.
const tmpBase = path.join(here, ".tmp");
const roots: string[] = [];

/** A throwaway repo root: the fixture core schema plus the plugins of the given cases. */
export function makeRoot(...cases: string[]): string {
  mkdirSync(tmpBase, { recursive: true });
  const root = mkdtempSync(path.join(tmpBase, "root-"));
  cpSync(path.join(fixtures, "core"), root, { recursive: true });
  for (const name of cases) cpSync(path.join(fixtures, name), root, { recursive: true });
  roots.push(root);
  return root;
}

export function removeRoots(): void {
  for (const root of roots.splice(0)) rmSync(root, { recursive: true, force: true });
}

export function read(root: string, file: string): string {
  return readFileSync(path.join(root, file), "utf8");
}

export function write(root: string, file: string, content: string): void {
  mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
  writeFileSync(path.join(root, file), content);
}

/** Runs compose without prisma generate (slow, and covered by the real-repo run). */
export function run(root: string, options: Partial<ComposeOptions> = {}) {
  return compose({ root, generateClient: false, ...options });
}

/** The problems compose refused with; fails the test if it did not refuse. */
export async function problemsOf(root: string): Promise<string[]> {
  try {
    await run(root);
  } catch (error) {
    if (error instanceof ComposeError) return error.problems;
    throw error;
  }
  throw new Error("expected compose to fail");
}
