import {
  createPaymentProviders,
  registerPluginSellables,
  type InstalledPlugin,
  type LineItemHandler,
  type PaymentProviders,
  type ProviderEntry,
  type ProviderHost,
} from "@tillbox/core";
import { getEnv } from "@tillbox/config";
import type { Db } from "@tillbox/db";
import { z } from "zod";
import { installed, pluginServiceFor } from "./plugin-runtime";

export interface PluginRuntimeState {
  slug: string;
  enabled: boolean;
  settings: Record<string, unknown>;
}

/**
 * The payment providers core receives: installed plugins with a paymentProvider registration that
 * are enabled, each created from its validated settings ({ countries, currencies } limit where it is
 * offered). Pure, so it is unit-tested with a fake registration.
 */
export function buildPaymentProviders(plugins: readonly InstalledPlugin[], states: readonly PluginRuntimeState[], host: ProviderHost = {}): PaymentProviders {
  const byslug = new Map(states.map((state) => [state.slug, state]));
  const entries: ProviderEntry[] = [];
  for (const plugin of plugins) {
    const state = byslug.get(plugin.slug);
    if (!plugin.paymentProvider || !state?.enabled) continue;
    entries.push({ registration: plugin.paymentProvider, settings: state.settings });
  }
  return createPaymentProviders(entries, host);
}

/** Line-item handlers of enabled plugins (core's price, proration and tax are added by core). */
export function buildLineItemHandlers(plugins: readonly InstalledPlugin[], states: readonly PluginRuntimeState[]): LineItemHandler[] {
  const enabled = new Set(states.filter((state) => state.enabled).map((state) => state.slug));
  return plugins.filter((plugin) => enabled.has(plugin.slug)).flatMap((plugin) => [...(plugin.lineItemHandlers ?? [])]);
}

async function runtimeStates(db: Db, plugins: readonly InstalledPlugin[]): Promise<PluginRuntimeState[]> {
  const states = await pluginServiceFor(db).runtimeStates();
  const relevant = plugins.filter((plugin) => plugin.paymentProvider || plugin.lineItemHandlers?.length || plugin.sellables?.length);
  return relevant.map((plugin) => ({
    slug: plugin.slug,
    enabled: states.get(plugin.slug)?.enabled ?? false,
    settings: states.get(plugin.slug)?.settings ?? {},
  }));
}

/** Read fresh per request: enabling or disabling a provider plugin takes effect on the next request. */
export async function paymentProvidersFor(db: Db): Promise<PaymentProviders> {
  return buildPaymentProviders(installed, await runtimeStates(db, installed), { db });
}

// Every installed plugin's sellables, once per process: a line sold while its plugin was enabled is still fulfilled after it is disabled.
registerPluginSellables(installed);

/** Slugs of enabled plugins: checkout sells only their sellables (billing's own always). */
export function enabledPluginSlugs(states: readonly PluginRuntimeState[]): string[] {
  return states.filter((state) => state.enabled).map((state) => state.slug);
}

export async function billingPluginsFor(db: Db): Promise<{ providers: PaymentProviders; handlers: LineItemHandler[]; enabledPlugins: string[] }> {
  const states = await runtimeStates(db, installed);
  return {
    providers: buildPaymentProviders(installed, states, { db }),
    handlers: buildLineItemHandlers(installed, states),
    enabledPlugins: enabledPluginSlugs(states),
  };
}

/** Where hosted pages and 3-D Secure send the customer back to (the portal's return page captures). */
export function portalReturnUrl(): string {
  return new URL("/account/billing/return", getEnv().WEB_URL).toString();
}

/** The client's Idempotency-Key, as checkout, capture, invoice payment and refund take it. */
export const idempotencyKeyInput = z.string().trim().min(1).max(255);
