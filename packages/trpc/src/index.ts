export * from "./context";
export { DomainError } from "@tillbox/core";
export * from "./init";
