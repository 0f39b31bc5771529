import type { ComponentType } from "react";

export type { WebPageConfig, WebPageProps } from "./web-page-registry";

/**
 * Slot contract shared by the hosts (apps/admin, apps/web), compose and plugins.
 *
 * A plugin contributes UI by putting a component file under `plugins/<slug>/admin/` or `web/`.
 * The file MUST start with "use client" (hosts render slots inside client providers so the
 * component may use hooks such as usePluginTRPC) and export:
 *   - the React component as the default export, and
 *   - `export const config = { zone: "<zone>", ... }` — a JSON literal: compose reads it
 *     statically and inlines it into the registry, so servers can read it too.
 * Compose writes apps/<app>/src/slots.generated.tsx:
 *   export const slotRegistry: SlotRegistry = { "admin.sidebar": [{ plugin, id, component, config }], ... }
 * `id` is "<slug>/<file path without extension>", unique per app.
 *
 * Zones and their config (extra keys are allowed and ignored):
 *   admin.sidebar      { zone, label: string, href: string, icon?: lucide icon name in PascalCase
 *                        (e.g. "Webhook"), order?: number }
 *                      The host renders the link itself from label/href/icon; the component is
 *                      rendered after the label as an optional badge (return null for none).
 *   admin.dashboard    { zone, order?: number } — a card on the dashboard.
 *   admin.page         { zone, path?: string (default ""), title?: string }
 *                      Served at /plugins/<slug>/<path>. `path` segments may be ":name" params,
 *                      e.g. "endpoints/:id". Props: PageSlotProps.
 *   admin.user.detail  { zone, order?: number } — a card on the user detail screen (/users/[id]).
 *                      Props: UserDetailSlotProps (userId).
 *   admin.invoice.detail { zone, order?: number } — a card on the invoice detail screen
 *                      (/invoices/[id]). Props: InvoiceDetailSlotProps (invoiceId).
 *   web.home           { zone, order?: number } — a section on the public home page.
 *   web.account.page   { zone, order?: number } — a section on the account overview (/account).
 *                      Props: AccountSlotProps (userId of the signed-in customer).
 *
 * Every component receives SlotComponentProps. A disabled plugin's entries render nothing.
 * Cards on entity screens fetch their own data by the id they receive and check their own
 * permissions (their procedures do): the host passes only the id.
 *
 * Not a slot: web.page, public server-rendered pages under the portal's URLs, lives in
 * `plugins/<slug>/web/pages/*.tsx` with its own registry (see ./web-page-registry.ts).
 */
export interface SlotConfig {
  zone: string;
  [key: string]: unknown;
}

export interface SlotEntry {
  plugin: string;
  id: string;
  // Zones pass different props; the registry cannot know a component's own prop type.
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  component: ComponentType<any>;
  config: SlotConfig;
}

export type SlotRegistry = Record<string, SlotEntry[]>;

export interface SlotComponentProps {
  plugin: string;
  zone: string;
  config: SlotConfig;
}

export interface PageSlotProps extends SlotComponentProps {
  /** The matched sub path after /plugins/<slug>/, "" for the plugin's root page. */
  path: string;
  /** Values of ":name" segments in config.path. */
  params: Record<string, string>;
}

/** admin.user.detail: the user the screen shows. */
export interface UserDetailSlotProps extends SlotComponentProps {
  userId: string;
}

/** admin.invoice.detail: the invoice the screen shows. */
export interface InvoiceDetailSlotProps extends SlotComponentProps {
  invoiceId: string;
}

/** web.account.page: the signed-in customer. */
export interface AccountSlotProps extends SlotComponentProps {
  userId: string;
}

export interface SidebarSlotConfig extends SlotConfig {
  zone: "admin.sidebar";
  label: string;
  href: string;
  icon?: string;
  order?: number;
}

function orderOf(entry: SlotEntry): number {
  return typeof entry.config.order === "number" ? entry.config.order : 0;
}

/** Entries of `zone` whose plugin is enabled, by config.order then registry order. */
export function enabledEntries(registry: SlotRegistry, zone: string, enabled: readonly string[]): SlotEntry[] {
  const enabledSet = new Set(enabled);
  return (registry[zone] ?? [])
    .map((entry, index) => ({ entry, index }))
    .filter(({ entry }) => enabledSet.has(entry.plugin))
    .sort((a, b) => orderOf(a.entry) - orderOf(b.entry) || a.index - b.index)
    .map(({ entry }) => entry);
}

function splitPath(path: string): string[] {
  return path.split("/").filter((segment) => segment.length > 0);
}

// Next may hand over segments already decoded; a stray "%" must not throw.
function safeDecode(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}

/** Matches "endpoints/:id" against ["endpoints", "42"]; null when it does not match. */
export function matchPagePath(pattern: string, segments: readonly string[]): Record<string, string> | null {
  const parts = splitPath(pattern);
  if (parts.length !== segments.length) return null;
  const params: Record<string, string> = {};
  for (const [index, part] of parts.entries()) {
    const segment = segments[index] ?? "";
    if (part.startsWith(":")) params[part.slice(1)] = safeDecode(segment);
    else if (part !== segment) return null;
  }
  return params;
}

/**
 * The admin.page entry of `plugin` serving `segments`. Static paths win over ":param" ones so
 * "endpoints/new" is not swallowed by "endpoints/:id".
 */
export function findPageEntry(
  registry: SlotRegistry,
  plugin: string,
  segments: readonly string[],
  enabled: readonly string[],
): { entry: SlotEntry; params: Record<string, string> } | null {
  const candidates = enabledEntries(registry, "admin.page", enabled).filter((entry) => entry.plugin === plugin);
  const matches = candidates
    .map((entry) => {
      const pattern = typeof entry.config.path === "string" ? entry.config.path : "";
      return { entry, params: matchPagePath(pattern, segments), dynamic: pattern.includes(":") };
    })
    .filter((match): match is { entry: SlotEntry; params: Record<string, string>; dynamic: boolean } => match.params !== null)
    .sort((a, b) => Number(a.dynamic) - Number(b.dynamic));
  const best = matches[0];
  return best ? { entry: best.entry, params: best.params } : null;
}

export function isSidebarConfig(config: SlotConfig): config is SidebarSlotConfig {
  return typeof config.label === "string" && typeof config.href === "string";
}
