export * from "./context";
export { DomainError } from "@tillbox/core";
export * from "./init";
export { UNREADABLE_INPUT_MESSAGE } from "./transformer";
export { assertInputShape, inputProblemAt, MAX_INPUT_DEPTH } from "./input-shape";
