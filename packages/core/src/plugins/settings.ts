import { z } from "zod";
import { DomainError } from "../errors";
import type { InstalledPlugin } from "./types";

/** Stored values merged over the schema's defaults; invalid stored values fall back to defaults. */
export function readSettings(plugin: InstalledPlugin, stored: unknown): Record<string, unknown> {
  if (!plugin.settings) return {};
  const parsed = plugin.settings.safeParse(stored ?? {});
  if (parsed.success) return parsed.data as Record<string, unknown>;
  return (plugin.settings.safeParse({}).data as Record<string, unknown> | undefined) ?? {};
}

/** Validates a settings write; the error names every bad field (`settings.timeoutMs: …`). */
export function validateSettings(plugin: InstalledPlugin, values: unknown): Record<string, unknown> {
  if (!plugin.settings) {
    throw new DomainError("PLUGIN_HAS_NO_SETTINGS", `Plugin "${plugin.slug}" has no settings.`);
  }
  const parsed = plugin.settings.safeParse(values);
  if (!parsed.success) {
    const fields = parsed.error.issues.map((issue) => `settings.${issue.path.join(".")}: ${issue.message}`);
    throw new DomainError("PLUGIN_SETTINGS_INVALID", `Invalid settings for "${plugin.slug}": ${fields.join("; ")}`);
  }
  return parsed.data as Record<string, unknown>;
}

export function settingsJsonSchema(plugin: InstalledPlugin): Record<string, unknown> | null {
  if (!plugin.settings) return null;
  return z.toJSONSchema(plugin.settings, { io: "input", unrepresentable: "any" }) as Record<string, unknown>;
}
