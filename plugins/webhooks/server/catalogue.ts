import type { Context } from "@tillbox/plugin-sdk";

export interface CatalogueEntry {
  name: string;
  description: string;
}

/** What an operator can subscribe an endpoint to: the composed catalogue, minus our own events. */
export function eventCatalogue(ctx: Context): CatalogueEntry[] {
  return ctx.eventCatalogue
    .filter((entry) => !entry.name.startsWith("webhooks/"))
    .map((entry) => ({ name: entry.name, description: entry.description }))
    .sort((a, b) => a.name.localeCompare(b.name));
}
