import type { Context } from "@tillbox/plugin-sdk";

export interface CatalogueEntry {
  name: string;
  description: string;
}

/**
 * The host may put the composed event catalogue on the context (`eventCatalogue`); until it
 * does, the picker offers these core events and operators can type any valid name.
 */
const FALLBACK_CATALOGUE: CatalogueEntry[] = [
  { name: "subscription.created", description: "A customer subscribed to a plan" },
  { name: "payment.captured", description: "A payment was captured" },
  { name: "invoice.paid", description: "An invoice was paid" },
  { name: "tokens.credited", description: "Tokens were credited to a wallet" },
  { name: "plugin.enabled", description: "A plugin was enabled" },
];

export function eventCatalogue(ctx: Context): CatalogueEntry[] {
  const fromHost = (ctx as Context & { eventCatalogue?: readonly CatalogueEntry[] }).eventCatalogue;
  const entries = fromHost && fromHost.length > 0 ? [...fromHost] : FALLBACK_CATALOGUE;
  return entries
    .filter((entry) => !entry.name.startsWith("webhooks/"))
    .map((entry) => ({ name: entry.name, description: entry.description }))
    .sort((a, b) => a.name.localeCompare(b.name));
}
