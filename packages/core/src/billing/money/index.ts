export * from "./currency-table";
export * from "./rounding";
export * from "./decimal";
export * from "./format";
export * from "./validate";
export * from "./percent";
export * from "./limits";
export * from "./proportional-share";
