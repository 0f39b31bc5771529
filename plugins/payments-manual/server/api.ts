import { createPluginApi } from "@tillbox/plugin-sdk";
import { MANUAL_SLUG } from "./settings";

export const { router, procedure } = createPluginApi(MANUAL_SLUG);
