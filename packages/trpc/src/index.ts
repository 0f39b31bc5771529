export * from "./context";
export * from "./errors";
export * from "./init";
