import { createPluginApi } from "@tillbox/plugin-sdk";
import { STRIPE_SLUG } from "./settings";

export const { router, procedure } = createPluginApi(STRIPE_SLUG);
