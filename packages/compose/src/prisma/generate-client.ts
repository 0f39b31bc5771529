import { createHash } from "node:crypto";
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { ComposeError } from "../errors";
import { COMPOSED_SCHEMA } from "./validate-schema";

/** Follows the core generator block's output ("../src/client.generated" from packages/db/prisma). */
export const CLIENT_DIR = "packages/db/src/client.generated";
// Written after a successful generate: a schema edit after a failed generate still regenerates.
const MARKER = ".compose-schema-sha256";

export function schemaHash(text: string): string {
  return createHash("sha256").update(text).digest("hex");
}

export function clientIsCurrent(root: string, schemaText: string): boolean {
  const marker = path.join(root, CLIENT_DIR, MARKER);
  return existsSync(marker) && readFileSync(marker, "utf8").trim() === schemaHash(schemaText);
}

export function generateClient(root: string, schemaText: string): void {
  const cli = createRequire(import.meta.url).resolve("prisma/build/index.js");
  const result = spawnSync(process.execPath, [cli, "generate", "--schema", COMPOSED_SCHEMA], {
    cwd: root,
    encoding: "utf8",
    env: {
      ...process.env,
      CHECKPOINT_DISABLE: "1",
      PRISMA_HIDE_UPDATE_MESSAGE: "1",
      // generate never runs the schema engine, but the CLI would try to download one without this.
      PRISMA_SCHEMA_ENGINE_BINARY: process.execPath,
    },
  });
  if (result.status !== 0) {
    const output = `${result.stderr ?? ""}${result.stdout ?? ""}`.trim().split("\n").slice(-15).join("\n");
    throw new ComposeError([`prisma generate failed for ${COMPOSED_SCHEMA}:\n${output || result.error?.message}`]);
  }
  writeFileSync(path.join(root, CLIENT_DIR, MARKER), `${schemaHash(schemaText)}\n`);
}

/**
 * plugin.ts files import @tillbox/plugin-sdk, which loads the Prisma client, so a fresh clone
 * needs a client before compose can read any manifest. Generate one from the committed
 * composed schema (or, failing that, the core schema alone); the real run replaces it.
 */
export function ensureBootstrapClient(root: string, coreSchemaText: string): boolean {
  if (existsSync(path.join(root, CLIENT_DIR, "client.ts"))) return false;
  const composed = path.join(root, COMPOSED_SCHEMA);
  if (!existsSync(composed)) {
    mkdirSync(path.dirname(composed), { recursive: true });
    writeFileSync(composed, coreSchemaText);
  }
  generateClient(root, readFileSync(composed, "utf8"));
  return true;
}
