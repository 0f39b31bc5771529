import { config } from "@tillbox/eslint-config";

// tests/.tmp holds throwaway repo roots that the compose tests create and delete.
export default [{ ignores: ["tests/.tmp/**"] }, ...config()];
