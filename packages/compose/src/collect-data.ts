import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import path from "node:path";
import { listFiles } from "./discover";
import type { ProblemList } from "./errors";
import { errorMessage } from "./errors";
import type { LoadedPlugin } from "./load-manifests";
import type { JsonValue } from "./parse-literal";

export interface MigrationEntry {
  owner: string;
  name: string;
  /** Repo-relative. */
  path: string;
  checksum: string;
}

const LOCALE_PATTERN = /^[a-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$/;

/** SQL files of one owner, sorted by name; the runner applies them in this order. */
export function collectMigrations(root: string, owner: string, relDir: string): MigrationEntry[] {
  return listFiles(path.join(root, relDir), [".sql"]).map((name) => ({
    owner,
    name,
    path: `${relDir}/${name}`,
    checksum: createHash("sha256")
      .update(readFileSync(path.join(root, relDir, name)))
      .digest("hex"),
  }));
}

/** messages/<locale>.json of one plugin: locale -> messages. */
export function collectMessages(plugin: LoadedPlugin, problems: ProblemList): Record<string, JsonValue> {
  return collectMessageFolder(path.join(plugin.dir, "messages"), `${plugin.relDir}/messages`, problems);
}

/** <relDir>/<locale>.json of the host (an app's or packages/ui's messages folder): locale -> messages. */
export function collectHostMessages(root: string, relDir: string, problems: ProblemList): Record<string, JsonValue> {
  return collectMessageFolder(path.join(root, relDir), relDir, problems);
}

function collectMessageFolder(dir: string, relDir: string, problems: ProblemList): Record<string, JsonValue> {
  const messages: Record<string, JsonValue> = {};
  for (const name of listFiles(dir, [".json"])) {
    const where = `${relDir}/${name}`;
    const locale = name.replace(/\.json$/, "");
    if (!LOCALE_PATTERN.test(locale)) {
      problems.add(`${where}: file name must be a locale such as en.json or pt-BR.json`);
      continue;
    }
    let parsed: unknown;
    try {
      parsed = JSON.parse(readFileSync(path.join(dir, name), "utf8"));
    } catch (error) {
      problems.add(`${where}: invalid JSON: ${errorMessage(error)}`);
      continue;
    }
    if (typeof parsed !== "object" || parsed === null || Array.isArray(parsed)) {
      problems.add(`${where}: must be a JSON object of messages`);
      continue;
    }
    messages[locale] = parsed as JsonValue;
  }
  return messages;
}
