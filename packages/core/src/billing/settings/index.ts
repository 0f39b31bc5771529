export * from "./billing-settings";
export * from "./settings-schema";
