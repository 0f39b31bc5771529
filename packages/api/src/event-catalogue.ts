import { coreEventCatalogue, type EventDefinition } from "@tillbox/events";
import { pluginEventCatalogue } from "./generated/events.generated";

/** Core events first, then each installed plugin's, in dependency order. */
export const eventCatalogue: readonly EventDefinition[] = [...coreEventCatalogue, ...(pluginEventCatalogue as readonly EventDefinition[])];

export function allEventNames(): { name: string; description: string }[] {
  return eventCatalogue.map((event) => ({ name: event.name, description: event.description }));
}
