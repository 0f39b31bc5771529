import path from "node:path";
import { compareStrings } from "../discover";
import { APP_ZONES, type AppName } from "../collect-code";
import { BANNER, fileStem, IdentifierPool, importPath, pascalCase } from "../names";
import type { JsonValue } from "../parse-literal";
import { lines, section } from "./api-files";
import type { ComposeModel, OutputFile } from "./model";

/** Each app's slot registry and merged plugin messages. */
export function renderAppFiles(model: ComposeModel): OutputFile[] {
  return [...(["admin", "web"] as const).flatMap((app) => [renderSlots(model, app), renderMessages(model, app)]), renderWebPages(model)];
}

/**
 * A separate, server-only registry: page modules are server components, which the client slot
 * registry (handed to client providers) cannot carry.
 */
function renderWebPages(model: ComposeModel): OutputFile {
  const file = "apps/web/src/pages.generated.ts";
  const pool = new IdentifierPool();
  const imports: string[] = [];
  const entries: string[] = [];
  for (const { plugin, code } of model.plugins) {
    for (const page of code.pages) {
      const name = pool.take(`${pascalCase(fileStem(plugin.slug, path.basename(page.file)))}Page`);
      imports.push(`import * as ${name} from "${importPath(path.join(model.root, file), page.file)}";`);
      entries.push(`  { plugin: ${JSON.stringify(plugin.slug)}, id: ${JSON.stringify(page.id)}, module: ${name}, config: ${JSON.stringify(page.config)} },`);
    }
  }
  return {
    path: file,
    content: lines([
      `// ${BANNER}`,
      "// Public pages of installed plugins (plugins/*/web/pages/*.tsx, zone web.page), served by apps/web's catch-all route.",
      "",
      ...section(['import type { WebPageRegistry } from "@tillbox/ui/web-page-registry";', ...imports]),
      entries.length ? ["export const webPages: WebPageRegistry = [", ...entries, "];"] : ["export const webPages: WebPageRegistry = [];"],
    ]),
  };
}

function renderSlots(model: ComposeModel, app: AppName): OutputFile {
  const file = `apps/${app}/src/slots.generated.tsx`;
  const pool = new IdentifierPool();
  const imports: string[] = [];
  const byZone = new Map<string, string[]>(APP_ZONES[app].map((zone) => [zone, []]));
  for (const { plugin, code } of model.plugins) {
    for (const slot of code.slots[app]) {
      const component = pool.take(pascalCase(fileStem(plugin.slug, path.basename(slot.file))));
      imports.push(`import ${component} from "${importPath(path.join(model.root, file), slot.file)}";`);
      byZone.get(slot.config.zone)!.push(
        [
          "    {",
          `      plugin: ${JSON.stringify(plugin.slug)},`,
          `      id: ${JSON.stringify(slot.id)},`,
          `      component: ${component},`,
          // Inlined: the components are "use client" modules, so server code cannot read their exports.
          `      config: ${JSON.stringify(slot.config)},`,
          "    },",
        ].join("\n"),
      );
    }
  }
  const zones = [...byZone].map(([zone, entries]) =>
    entries.length ? [`  ${JSON.stringify(zone)}: [`, ...entries, "  ],"].join("\n") : `  ${JSON.stringify(zone)}: [],`,
  );
  return {
    path: file,
    content: lines([
      `// ${BANNER}`,
      `// Slot components of installed plugins (plugins/*/${app}/*.tsx with \`export const config\`).`,
      "",
      ...section(['import type { SlotRegistry } from "@tillbox/ui/slot";', ...imports]),
      ["export const slotRegistry: SlotRegistry = {", ...zones, "};"],
    ]),
  };
}

function renderMessages(model: ComposeModel, app: AppName): OutputFile {
  const host = { app: model.hostMessages[app], ui: model.hostMessages.ui };
  const sources = [...Object.values(host), ...model.plugins.map(({ messages }) => messages)];
  const locales = [...new Set(sources.flatMap((messages) => Object.keys(messages)))].sort(compareStrings);
  const byLocale: Record<string, Record<string, JsonValue>> = {};
  for (const locale of locales) {
    byLocale[locale] = {};
    for (const [namespace, messages] of Object.entries(host)) {
      if (messages[locale] !== undefined) byLocale[locale][namespace] = messages[locale];
    }
    for (const { plugin, messages } of model.plugins) {
      if (messages[locale] !== undefined) byLocale[locale][plugin.slug] = messages[locale];
    }
  }
  return {
    path: `apps/${app}/src/messages.generated.ts`,
    content: lines([
      `// ${BANNER}`,
      `// Every string of this app by locale: apps/${app}/messages/<locale>.json under "app",`,
      '// packages/ui/messages under "ui", each plugin\'s messages/<locale>.json under its slug.',
      "",
      "export type MessageTree = { [key: string]: string | MessageTree };",
      "",
      `export const composedMessages: Record<string, MessageTree> = ${JSON.stringify(byLocale, null, 2)};`,
    ]),
  };
}
