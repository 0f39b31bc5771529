import { createPluginApi } from "@tillbox/plugin-sdk";
import { SANDBOX_SLUG } from "./settings";

/** Every procedure refuses while the plugin is disabled. */
export const { router, procedure } = createPluginApi(SANDBOX_SLUG);
