import { getEnv } from "@tillbox/config";
import type { SubscriptionDeps } from "@tillbox/core";
import type { Db } from "@tillbox/db";
import { getMailer } from "@tillbox/email";
import { billingPluginsFor, portalReturnUrl } from "./payment-providers";

/**
 * What subscription services and jobs need from the app: the enabled providers and plugins'
 * line-item handlers (read fresh, so a toggled plugin counts on the next call), the process
 * mailer (resolved per message so setMailer in tests is picked up), and the portal's URL.
 */
export async function subscriptionDepsFor(db: Db): Promise<SubscriptionDeps> {
  const { providers, handlers } = await billingPluginsFor(db);
  const webUrl = getEnv().WEB_URL;
  return {
    payments: { providers, returnUrl: portalReturnUrl() },
    handlers,
    mailer: { send: (message) => getMailer().send(message) },
    webUrl,
  };
}
