"use client";

import { createContext, useContext, useMemo, type ReactNode } from "react";
import { enabledEntries, findPageEntry, type SlotEntry, type SlotRegistry } from "./slot-registry";

export * from "./slot-registry";

interface SlotState {
  registry: SlotRegistry;
  enabled: readonly string[];
}

const SlotContext = createContext<SlotState>({ registry: {}, enabled: [] });

/**
 * Hosts pass the generated registry and the enabled plugin slugs read on this request; the
 * server layout re-reads them on every navigation/refresh, so a toggle needs no restart.
 */
export function SlotProvider({ registry, enabled, children }: { registry: SlotRegistry; enabled: readonly string[]; children: ReactNode }) {
  const value = useMemo(() => ({ registry, enabled }), [registry, enabled]);
  return <SlotContext.Provider value={value}>{children}</SlotContext.Provider>;
}

export function useSlotEntries(zone: string): SlotEntry[] {
  const { registry, enabled } = useContext(SlotContext);
  return useMemo(() => enabledEntries(registry, zone, enabled), [registry, zone, enabled]);
}

export function useEnabledPlugins(): readonly string[] {
  return useContext(SlotContext).enabled;
}

interface SlotProps {
  zone: string;
  /** Extra props for every component of the zone. */
  props?: Record<string, unknown>;
  /** Lets a host wrap or replace each entry (the admin sidebar renders links from config). */
  render?: (entry: SlotEntry) => ReactNode;
  /** Rendered when no enabled plugin fills the zone. */
  fallback?: ReactNode;
}

/** Renders the components of enabled plugins for `zone`; nothing for disabled ones. */
export function Slot({ zone, props, render, fallback = null }: SlotProps) {
  const entries = useSlotEntries(zone);
  if (entries.length === 0) return <>{fallback}</>;
  return (
    <>
      {entries.map((entry) => {
        if (render) return <SlotItem key={entry.id}>{render(entry)}</SlotItem>;
        const Component = entry.component;
        return <Component key={entry.id} plugin={entry.plugin} zone={zone} config={entry.config} {...props} />;
      })}
    </>
  );
}

function SlotItem({ children }: { children: ReactNode }) {
  return <>{children}</>;
}

/** The admin.page entry for /plugins/<plugin>/<segments>; `fallback` when none matches. */
export function PageSlot({ plugin, segments, fallback = null }: { plugin: string; segments: readonly string[]; fallback?: ReactNode }) {
  const { registry, enabled } = useContext(SlotContext);
  const match = findPageEntry(registry, plugin, segments, enabled);
  if (!match) return <>{fallback}</>;
  const Component = match.entry.component;
  return <Component plugin={plugin} zone="admin.page" config={match.entry.config} path={segments.join("/")} params={match.params} />;
}
