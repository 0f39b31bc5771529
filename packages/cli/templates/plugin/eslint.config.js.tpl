import { config } from "@tillbox/eslint-config";

export default config({ plugin: true });
