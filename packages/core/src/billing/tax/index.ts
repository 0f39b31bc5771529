export * from "./vat-id";
export * from "./tax-amount";
export * from "./tax-treatment";
export * from "./tax-handler";
export * from "./tax-context";
