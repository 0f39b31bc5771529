export * from "./errors";
export * from "./scopes";
export * from "./audit/record-audit";
export * from "./plugins/types";
export * from "./plugins/plugin-service";
export { PluginRegistry } from "./plugins/registry";
