import type { MigrationEntry } from "../collect-data";
import type { PluginCode } from "../collect-code";
import type { LoadedPlugin } from "../load-manifests";
import type { JsonValue } from "../parse-literal";

/** Everything compose learned about one installed plugin; renderers only read this. */
export interface ComposedPlugin {
  plugin: LoadedPlugin;
  code: PluginCode;
  messages: Record<string, JsonValue>;
  migrations: MigrationEntry[];
}

export interface ComposeModel {
  root: string;
  /** Dependency order. */
  plugins: ComposedPlugin[];
  coreMigrations: MigrationEntry[];
  /** locale -> messages of each app's messages/ folder and of packages/ui/messages. */
  hostMessages: { admin: Record<string, JsonValue>; web: Record<string, JsonValue>; ui: Record<string, JsonValue> };
}

/** An output file, path relative to the repo root. */
export interface OutputFile {
  path: string;
  content: string;
}
