import type { Db } from "@tillbox/plugin-sdk";
import { attemptDelivery, claimDueDeliveries } from "./delivery-service";
import type { WebhooksSettings } from "./settings";

const CONCURRENCY = 10;

/** Sends every due retry once; returns how many attempts were made. */
export async function retryDueDeliveries(db: Db, settings: WebhooksSettings, now = new Date(), limit = 100): Promise<number> {
  const claimed = await claimDueDeliveries(db, now, limit);
  // Small parallel batches: one slow endpoint must not hold up everyone else's retries.
  for (let index = 0; index < claimed.length; index += CONCURRENCY) {
    const batch = claimed.slice(index, index + CONCURRENCY);
    await Promise.all(batch.map((id) => attemptDelivery(db, id, settings, { now: () => now })));
  }
  return claimed.length;
}
