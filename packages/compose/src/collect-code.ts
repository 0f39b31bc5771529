import { readFileSync } from "node:fs";
import path from "node:path";
import { listFiles } from "./discover";
import type { ProblemList } from "./errors";
import type { LoadedPlugin } from "./load-manifests";
import { camelCase } from "./names";
import type { JsonValue } from "./parse-literal";
import { extractConfig, hasDefaultExport, hasNamedExport, stripComments } from "./scan-source";

export const APP_ZONES = {
  admin: ["admin.sidebar", "admin.dashboard", "admin.page"],
  web: ["web.home", "web.account.page"],
} as const;
export type AppName = keyof typeof APP_ZONES;

export interface SlotSource {
  plugin: string;
  /** "<slug>/<file name without extension>": stable, unique, used as React key. */
  id: string;
  file: string;
  config: { zone: string } & Record<string, JsonValue>;
}

export interface PluginCode {
  /** Absolute path of server/router.ts when present. */
  router?: { file: string; exportName: string };
  functions: string[];
  slots: Record<AppName, SlotSource[]>;
}

export function collectCode(plugin: LoadedPlugin, problems: ProblemList): PluginCode {
  return {
    router: collectRouter(plugin, problems),
    functions: collectFunctions(plugin, problems),
    slots: { admin: collectSlots(plugin, "admin", problems), web: collectSlots(plugin, "web", problems) },
  };
}

function read(file: string): string {
  return stripComments(readFileSync(file, "utf8"));
}

function collectRouter(plugin: LoadedPlugin, problems: ProblemList): PluginCode["router"] {
  const [routerFile] = listFiles(path.join(plugin.dir, "server"), ["router.ts"]).filter((name) => name === "router.ts");
  if (!routerFile) return undefined;
  const file = path.join(plugin.dir, "server", routerFile);
  const exportName = `${camelCase(plugin.slug)}Router`;
  if (!hasNamedExport(read(file), exportName)) {
    problems.add(`${plugin.relDir}/server/router.ts: must export "${exportName}" (the tRPC router of plugin "${plugin.slug}")`);
  }
  return { file, exportName };
}

function collectFunctions(plugin: LoadedPlugin, problems: ProblemList): string[] {
  const dir = path.join(plugin.dir, "functions");
  return listFiles(dir, [".ts"]).flatMap((name) => {
    const file = path.join(dir, name);
    if (hasDefaultExport(read(file))) return [file];
    problems.add(`${plugin.relDir}/functions/${name}: must default-export a Tillbox function (kind "tillbox-function")`);
    return [];
  });
}

function collectSlots(plugin: LoadedPlugin, app: AppName, problems: ProblemList): SlotSource[] {
  const dir = path.join(plugin.dir, app);
  const zones: readonly string[] = APP_ZONES[app];
  const slots: SlotSource[] = [];
  for (const name of listFiles(dir, [".tsx"])) {
    const file = path.join(dir, name);
    const where = `${plugin.relDir}/${app}/${name}`;
    const code = read(file);
    const config = extractConfig(code);
    if (config.kind === "none") continue; // a helper module, not a slot
    if (config.kind === "invalid") {
      problems.add(`${where}:${config.line}: config: ${config.message}`);
      continue;
    }
    const value = config.value;
    if (typeof value !== "object" || value === null || Array.isArray(value)) {
      problems.add(`${where}: config: must be an object like { zone: "${zones[0]}" }`);
      continue;
    }
    if (typeof value.zone !== "string" || !zones.includes(value.zone)) {
      problems.add(`${where}: config.zone: ${JSON.stringify(value.zone ?? null)} is not ${app === "admin" ? "an" : "a"} ${app} zone (${zones.join(", ")})`);
      continue;
    }
    if (!hasDefaultExport(code)) {
      problems.add(`${where}: must default-export the React component for zone "${value.zone}"`);
      continue;
    }
    slots.push({ plugin: plugin.slug, id: `${plugin.slug}/${name.replace(/\.tsx$/, "")}`, file, config: value as SlotSource["config"] });
  }
  return slots;
}
