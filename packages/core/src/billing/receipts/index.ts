export { createReceiptFunctions, type ReceiptDepsFactory } from "./receipt-functions";
export { receiptTemplateOf } from "./receipt-content";
export type { ReceiptDeps } from "./send-receipt";
