import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import path from "node:path";
import type { OutputFile } from "./render/model";

export type FileStatus = "written" | "unchanged" | "stale";

export function isCurrent(root: string, file: OutputFile): boolean {
  const absolute = path.join(root, file.path);
  return existsSync(absolute) && readFileSync(absolute, "utf8") === file.content;
}

/**
 * Writes only files whose content changed, so dev servers watching them do not rebuild for
 * nothing; via rename, so a watcher never reads a half-written file.
 */
export function writeOutputs(root: string, files: OutputFile[]): { path: string; status: FileStatus }[] {
  return files.map((file) => {
    if (isCurrent(root, file)) return { path: file.path, status: "unchanged" as const };
    const absolute = path.join(root, file.path);
    mkdirSync(path.dirname(absolute), { recursive: true });
    const temporary = `${absolute}.${process.pid}.tmp`;
    writeFileSync(temporary, file.content);
    renameSync(temporary, absolute);
    return { path: file.path, status: "written" as const };
  });
}
