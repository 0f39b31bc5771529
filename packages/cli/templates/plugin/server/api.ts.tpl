import { createPluginApi } from "@tillbox/plugin-sdk";

/** Every procedure names its permission and refuses while the plugin is disabled. */
export const { router, procedure } = createPluginApi("{{slug}}");
