import { z } from "zod";
import { defineEvent } from "../src/define-event";

export const orderPlaced = defineEvent(
  "order.placed",
  z.object({ orderId: z.string(), amount: z.number().int().nonnegative() }),
  "Test event: an order was placed.",
);

export const silentLogger = { info: () => {}, warn: () => {}, error: () => {} };

/** A clock the test moves by hand, so backoff can be checked without waiting. */
export function manualClock(start = new Date("2030-01-01T00:00:00.000Z")) {
  let current = start.getTime();
  return {
    now: () => new Date(current),
    advance(ms: number) {
      current += ms;
    },
  };
}
