import { createNextConfig } from "@tillbox/next-config";

export default createNextConfig();
