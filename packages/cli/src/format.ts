import type { PluginView } from "@tillbox/core";

export function formatPluginTable(plugins: PluginView[]): string {
  if (plugins.length === 0) return "No plugins installed.";
  const rows = plugins.map((plugin) => [plugin.slug, plugin.version, plugin.status, plugin.dependsOn.join(", ") || "-", plugin.error ?? ""]);
  const header = ["SLUG", "VERSION", "STATUS", "DEPENDS ON", "ERROR"];
  const widths = header.map((title, column) => Math.max(title.length, ...rows.map((row) => row[column]!.length)));
  const line = (cells: string[]) =>
    cells
      .map((cell, column) => cell.padEnd(widths[column]!))
      .join("  ")
      .trimEnd();
  return [line(header), ...rows.map(line)].join("\n");
}

export function formatPluginInfo(plugin: PluginView): string {
  const scopes = Object.entries(plugin.permissions).map(([scope, description]) => `  ${scope}  ${description}`);
  return [
    `${plugin.name} (${plugin.slug}) ${plugin.version}`,
    plugin.description,
    `status:      ${plugin.status}${plugin.error ? ` (${plugin.error})` : ""}`,
    `depends on:  ${plugin.dependsOn.join(", ") || "-"}`,
    `required by: ${plugin.dependents.join(", ") || "-"}`,
    `scopes:${scopes.length ? `\n${scopes.join("\n")}` : " -"}`,
    `settings:    ${JSON.stringify(plugin.settings)}`,
  ].join("\n");
}
