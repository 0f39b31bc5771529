import { defineFunction, type Db } from "@tillbox/plugin-sdk";
import { retryDueDeliveries } from "../server/retry-runner";
import { isWebhooksEnabled, loadWebhooksSettings } from "../server/settings";

/** Sends due retries; deliveries wait (their data stays) while the plugin is disabled. */
export async function retryDeliveries({ db }: { db: Db }) {
  if (!(await isWebhooksEnabled(db))) return { skipped: "plugin disabled" };
  const attempted = await retryDueDeliveries(db, await loadWebhooksSettings(db));
  return { attempted };
}

// No function-level retries: the next minute's run picks up whatever is still due.
export default defineFunction({ id: "retry-deliveries", trigger: { cron: "* * * * *" }, retries: 0 }, retryDeliveries);
