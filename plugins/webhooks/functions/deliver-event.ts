import { defineFunction, type Db, type StepTools, type TillboxEvent } from "@tillbox/plugin-sdk";
import { attemptDelivery, fanOutEvent } from "../server/delivery-service";
import { isInternalEvent } from "../server/event-match";
import { isWebhooksEnabled, loadWebhooksSettings } from "../server/settings";

/**
 * Fan-out: every domain event becomes one delivery per subscribed endpoint, each sent once
 * right away; failures are left to the retry cron with backoff.
 */
export async function deliverEvent({ event, step, db }: { event: TillboxEvent; step: StepTools; db: Db }) {
  if (isInternalEvent(event.name)) return { skipped: "internal event" };
  // The host skips disabled plugins' functions too; re-checking here covers runs already queued.
  if (!(await isWebhooksEnabled(db))) return { skipped: "plugin disabled" };
  const deliveryIds = await step.run("fan-out", () => fanOutEvent(db, event));
  if (deliveryIds.length === 0) return { deliveries: 0 };
  const settings = await loadWebhooksSettings(db);
  // Each endpoint is its own step so a function retry never re-sends what already went out.
  const results = await Promise.all(
    deliveryIds.map((id) =>
      step.run(`deliver-${id}`, async () => {
        const delivery = await attemptDelivery(db, id, settings);
        return delivery?.status ?? "gone";
      }),
    ),
  );
  return { deliveries: deliveryIds.length, succeeded: results.filter((status) => status === "succeeded").length };
}

// Deliveries carry their own retry schedule; re-running the whole fan-out would not help.
export default defineFunction({ id: "deliver-event", trigger: { event: "*" }, retries: 2 }, deliverEvent);
