import { createNextConfig } from "@tillbox/next-config";
import createNextIntlPlugin from "next-intl/plugin";

export default createNextIntlPlugin("./src/i18n/request.ts")(createNextConfig());
