import { z } from "zod";
import { defineEvent, type EventDefinition } from "./define-event";

const slug = z.string().min(1);

/** Events the core emits itself. Plugins add `<slug>/<entity>.<pastVerb>` events in their manifest. */
export const coreEvents = {
  pluginEnabled: defineEvent("plugin.enabled", z.object({ slug }), "An operator enabled an installed plugin."),
  pluginDisabled: defineEvent("plugin.disabled", z.object({ slug }), "An operator disabled a plugin; its data stays."),
  pluginSettingsUpdated: defineEvent(
    "plugin.settings_updated",
    z.object({ slug }),
    "A plugin's settings were validated and saved.",
  ),
  pluginFailed: defineEvent(
    "plugin.failed",
    z.object({ slug, error: z.string() }),
    "A plugin's enable hook threw; the plugin is in the error state.",
  ),
} as const;

export const coreEventCatalogue: EventDefinition[] = Object.values(coreEvents);
