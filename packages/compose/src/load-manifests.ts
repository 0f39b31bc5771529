import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";
import type { PluginManifest } from "@tillbox/plugin-sdk";
import { compareStrings, type PluginFolder } from "./discover";
import { errorMessage, type ProblemList } from "./errors";
import { camelCase } from "./names";

/** Core namespaces of appRouter (packages/api/src/root.ts); plugin routers are spread next to them. */
export const RESERVED_NAMESPACES = ["health", "plugins", "events"];

export interface LoadedPlugin extends PluginFolder {
  slug: string;
  manifest: PluginManifest;
  /** The default export as written; generated code must only touch what it really has. */
  definition: Record<string, unknown>;
}

/** Imports each plugin.ts and validates it; slug/folder and duplicate problems are reported here. */
export async function loadManifests(folders: PluginFolder[], problems: ProblemList): Promise<LoadedPlugin[]> {
  // Loaded lazily: the SDK pulls in the Prisma client, which may only exist after bootstrap.
  const { pluginManifestSchema } = await import("@tillbox/plugin-sdk");
  const loaded: LoadedPlugin[] = [];
  for (const folder of folders) {
    const file = `${folder.relDir}/plugin.ts`;
    const definition = await importDefault(path.join(folder.dir, "plugin.ts"), file, problems);
    if (!definition) continue;
    const parsed = pluginManifestSchema.safeParse(definition);
    if (!parsed.success) {
      for (const issue of parsed.error.issues) {
        const field = issue.path.map(String).join(".");
        problems.add(`${file}: ${field ? `${field}: ` : ""}${issue.message}`);
      }
      continue;
    }
    if (RESERVED_NAMESPACES.includes(camelCase(parsed.data.slug))) {
      problems.add(`${file}: slug "${parsed.data.slug}" is reserved: its tRPC namespace would shadow the core "${camelCase(parsed.data.slug)}" router`);
    }
    if (parsed.data.slug !== folder.folder) {
      problems.add(`${file}: slug "${parsed.data.slug}" must equal its folder name "${folder.folder}"`);
    }
    loaded.push({ ...folder, slug: parsed.data.slug, manifest: parsed.data, definition });
  }
  reportDuplicateSlugs(loaded, problems);
  return loaded;
}

async function importDefault(absolute: string, file: string, problems: ProblemList): Promise<Record<string, unknown> | undefined> {
  // The content hash in the URL makes a changed plugin.ts load fresh within one process (tests, watch).
  const version = createHash("sha1").update(readFileSync(absolute)).digest("hex").slice(0, 12);
  let module: { default?: unknown };
  try {
    module = (await import(`${pathToFileURL(absolute).href}?v=${version}`)) as { default?: unknown };
  } catch (error) {
    problems.add(`${file}: cannot be loaded: ${errorMessage(error)}`);
    return undefined;
  }
  const definition = module.default;
  if (typeof definition !== "object" || definition === null) {
    problems.add(`${file}: must default-export definePlugin({ ... })`);
    return undefined;
  }
  return definition as Record<string, unknown>;
}

function reportDuplicateSlugs(plugins: LoadedPlugin[], problems: ProblemList): void {
  const bySlug = new Map<string, string[]>();
  for (const plugin of plugins) bySlug.set(plugin.slug, [...(bySlug.get(plugin.slug) ?? []), `${plugin.relDir}/plugin.ts`]);
  for (const [slug, files] of [...bySlug].sort(([a], [b]) => compareStrings(a, b))) {
    if (files.length > 1) problems.add(`duplicate slug "${slug}": declared by ${files.join(" and ")}`);
  }
}
