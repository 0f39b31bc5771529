import path from "node:path";
import { compareStrings } from "../discover";
import { BANNER, camelCase, fileStem, IdentifierPool, importPath } from "../names";
import type { ComposeModel, OutputFile } from "./model";

const API_DIR = "packages/api/src/generated";

/** The server-side registries: plugins, routers, functions, events. */
export function renderApiFiles(model: ComposeModel): OutputFile[] {
  return [renderPlugins(model), renderRouters(model), renderFunctions(model), renderEvents(model)];
}

function header(doc: string): string[] {
  return [`// ${BANNER}`, `// ${doc}`, ""];
}

function pluginImport(model: ComposeModel, outFile: string, slug: string, dir: string): string {
  const target = importPath(path.join(model.root, outFile), path.join(dir, "plugin.ts"));
  return `import ${camelCase(slug)}Plugin from "${target}";`;
}

function renderPlugins(model: ComposeModel): OutputFile {
  const file = `${API_DIR}/plugins.generated.ts`;
  const imports = model.plugins.map(({ plugin }) => pluginImport(model, file, plugin.slug, plugin.dir));
  const list = model.plugins.map(({ plugin }) => `  ${camelCase(plugin.slug)}Plugin,`);
  return {
    path: file,
    content: lines([
      ...header("Installed plugins (plugins/*/plugin.ts), in dependency order."),
      ...section(imports),
      list.length ? ["export const installedPlugins = [", ...list, "] as const;"] : ["export const installedPlugins = [] as const;"],
    ]),
  };
}

function renderRouters(model: ComposeModel): OutputFile {
  const file = `${API_DIR}/routers.generated.ts`;
  const withRouter = model.plugins.flatMap(({ plugin, code }) => (code.router ? [{ plugin, router: code.router }] : []));
  const imports = withRouter.map(({ router }) => `import { ${router.exportName} } from "${importPath(path.join(model.root, file), router.file)}";`);
  const entries = withRouter.map(({ plugin, router }) => `  ${camelCase(plugin.slug)}: ${router.exportName},`);
  return {
    path: file,
    content: lines([
      ...header("Plugin routers (plugins/*/server/router.ts), one tRPC namespace per plugin."),
      ...section(imports),
      entries.length ? ["export const pluginRouters = {", ...entries, "} as const;"] : ["export const pluginRouters = {} as const;"],
    ]),
  };
}

function renderFunctions(model: ComposeModel): OutputFile {
  const file = `${API_DIR}/functions.generated.ts`;
  const pool = new IdentifierPool();
  const imports: string[] = [];
  const entries: string[] = [];
  for (const { plugin, code } of model.plugins) {
    for (const fnFile of code.functions) {
      const name = pool.take(`${camelCase(fileStem(plugin.slug, path.basename(fnFile)))}Function`);
      imports.push(`import ${name} from "${importPath(path.join(model.root, file), fnFile)}";`);
      entries.push(`  { plugin: "${plugin.slug}", fn: ${name} },`);
    }
  }
  return {
    path: file,
    content: lines([
      ...header("Inngest functions of installed plugins (plugins/*/functions/*.ts)."),
      ...section(imports),
      entries.length ? ["export const pluginFunctions = [", ...entries, "] as const;"] : ["export const pluginFunctions = [] as const;"],
    ]),
  };
}

function renderEvents(model: ComposeModel): OutputFile {
  const file = `${API_DIR}/events.generated.ts`;
  const emitting = model.plugins.filter(({ plugin }) => {
    const events = plugin.definition.events as { emits?: unknown } | undefined;
    return Array.isArray(events?.emits) && events.emits.length > 0;
  });
  const imports = emitting.map(({ plugin }) => pluginImport(model, file, plugin.slug, plugin.dir));
  const spreads = emitting.map(({ plugin }) => `  ...(${camelCase(plugin.slug)}Plugin.events?.emits ?? []),`);
  const names = model.plugins.flatMap(({ plugin }) => plugin.manifest.events.emits.map((event) => event.name)).sort(compareStrings);
  return {
    path: file,
    content: lines([
      ...header("Events that installed plugins emit (definePlugin({ events: { emits } }))."),
      ...section(imports),
      spreads.length ? ["export const pluginEventCatalogue = [", ...spreads, "] as const;"] : ["export const pluginEventCatalogue = [] as const;"],
      [""],
      names.length
        ? ["export type PluginEventName =", ...names.map((name, index) => `  | ${JSON.stringify(name)}${index === names.length - 1 ? ";" : ""}`)]
        : ["export type PluginEventName = never;"],
    ]),
  };
}

/** A block of lines followed by a blank line, or nothing when empty. */
export function section(items: string[]): string[][] {
  return items.length ? [items, [""]] : [];
}

export function lines(parts: (string | string[])[]): string {
  const flat = parts.flatMap((part) => (Array.isArray(part) ? part : [part]));
  return `${flat.join("\n")}\n`;
}
