import { createPluginApi } from "@tillbox/plugin-sdk";

/** Shared by the sub-routers so every procedure refuses while the plugin is disabled. */
export const { router, procedure } = createPluginApi("webhooks");
