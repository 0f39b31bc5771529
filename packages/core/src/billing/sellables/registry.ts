import { addOnSellable } from "./add-ons/add-on-sellable";
import { planSellable } from "./plans/plan-sellable";
import type { AnySellable } from "./sellable";
import { tokenBundleSellable } from "./token-bundles/token-bundle-sellable";

/** A plugin's sellable kinds are "<slug>:<name>", so they never collide with billing's or another plugin's. */
export const PLUGIN_KIND_PATTERN = /^([a-z0-9]+(?:-[a-z0-9]+)*):[a-z0-9]+(?:[-_][a-z0-9]+)*$/;

export interface SellableRegistry {
  /** The sellable of a cart item kind. */
  get(kind: string): AnySellable | undefined;
  /** The sellable that fulfils an invoice line of this kind (its own kind or one of its lineKinds). */
  forLine(kind: string): AnySellable | undefined;
  /** Registration order: billing's plans, add-ons and token bundles first, then plugins'. */
  all(): readonly AnySellable[];
  /** Adds a plugin's sellable; registering the same kind for the same plugin again replaces it (hot reload, tests). */
  register(sellable: AnySellable): void;
}

export function createSellableRegistry(initial: readonly AnySellable[] = []): SellableRegistry {
  const byKind = new Map<string, AnySellable>();
  const byLineKind = new Map<string, AnySellable>();
  const register = (sellable: AnySellable) => {
    const existing = byKind.get(sellable.kind);
    if (existing && (existing.plugin ?? null) !== (sellable.plugin ?? null)) {
      throw new Error(`Sellable "${sellable.kind}" is already registered by ${existing.plugin ? `plugin "${existing.plugin}"` : "billing"}.`);
    }
    if (sellable.plugin) {
      const match = PLUGIN_KIND_PATTERN.exec(sellable.kind);
      if (!match || match[1] !== sellable.plugin)
        throw new Error(`Plugin "${sellable.plugin}" sellable kind "${sellable.kind}" must look like "${sellable.plugin}:<name>".`);
    }
    byKind.set(sellable.kind, sellable);
    for (const kind of [sellable.kind, ...(sellable.lineKinds ?? [])]) byLineKind.set(kind, sellable);
  };
  initial.forEach(register);
  return {
    get: (kind) => byKind.get(kind),
    forLine: (kind) => byLineKind.get(kind),
    all: () => [...byKind.values()],
    register,
  };
}

/**
 * Billing's one registry. Plugins' sellables are registered for every installed plugin (a paid line
 * must still be fulfilled after its plugin was disabled); checkout alone asks whether the plugin
 * is enabled, and refuses the item if not.
 */
export const sellableRegistry = createSellableRegistry([planSellable, addOnSellable, tokenBundleSellable]);

/** Registers installed plugins' sellables (idempotent), as the plugin runtime does on boot. */
export function registerPluginSellables(plugins: readonly { slug: string; sellables?: readonly AnySellable[] }[], registry = sellableRegistry): void {
  for (const plugin of plugins) for (const sellable of plugin.sellables ?? []) registry.register({ ...sellable, plugin: plugin.slug });
}
