import path from "node:path";
import { listFiles } from "./discover";
import type { ProblemList } from "./errors";
import type { LoadedPlugin } from "./load-manifests";
import { camelCase } from "./names";
import type { JsonValue } from "./parse-literal";
import { collectWebPages, type WebPageSource } from "./collect-pages";
import { extractConfig, hasDefaultExport, hasNamedExport, readSource as read } from "./scan-source";

/** Client slot zones per app (see packages/ui/src/slot-registry.ts). */
export const APP_ZONES = {
  admin: ["admin.sidebar", "admin.dashboard", "admin.page", "admin.user.detail", "admin.invoice.detail"],
  web: ["web.home", "web.account.page"],
} as const;

/** Server-rendered public pages: plugins/<slug>/web/pages/*.tsx (see packages/ui/src/web-page-registry.ts). */
export const WEB_PAGE_ZONE = "web.page";
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
  /** web.page files; their config carries a validated `path`. */
  pages: WebPageSource[];
}

export function collectCode(plugin: LoadedPlugin, problems: ProblemList): PluginCode {
  return {
    router: collectRouter(plugin, problems),
    functions: collectFunctions(plugin, problems),
    slots: { admin: collectSlots(plugin, "admin", problems), web: collectSlots(plugin, "web", problems) },
    pages: collectWebPages(plugin, problems),
  };
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
    if (app === "web" && value.zone === WEB_PAGE_ZONE) {
      problems.add(`${where}: config.zone: "${WEB_PAGE_ZONE}" files belong in ${plugin.relDir}/web/pages/`);
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
