import { createPluginApi } from "@tillbox/plugin-sdk";
import { PAYPAL_SLUG } from "./settings";

export const { router, procedure } = createPluginApi(PAYPAL_SLUG);
