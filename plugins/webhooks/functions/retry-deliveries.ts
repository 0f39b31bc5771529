import { defineFunction, type Db } from "@tillbox/plugin-sdk";
import { retryDueDeliveries } from "../server/retry-runner";
import { reencryptEndpointSecrets } from "../server/secret-reencryption";
import { isWebhooksEnabled, loadWebhooksSettings } from "../server/settings";

/**
 * Sends due retries; deliveries wait (their data stays) while the plugin is disabled. Also moves
 * signing secrets that are plaintext or under an old key to the current key, so a key rotation
 * completes within a minute without anyone waiting for deliveries.
 */
export async function retryDeliveries({ db }: { db: Db }) {
  if (!(await isWebhooksEnabled(db))) return { skipped: "plugin disabled" };
  const attempted = await retryDueDeliveries(db, await loadWebhooksSettings(db));
  const secrets = await reencryptEndpointSecrets(db).catch((error: unknown) => ({ error: String(error) }));
  return { attempted, secrets };
}

// No function-level retries: the next minute's run picks up whatever is still due.
export default defineFunction({ id: "retry-deliveries", trigger: { cron: "* * * * *" }, retries: 0 }, retryDeliveries);
