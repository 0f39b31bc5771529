export * from "./clock";
export * from "./context";
export * from "./checkout/line-items";
export * from "./payments/provider-contract";
