import type { Db } from "@tillbox/db";
import type { MailMessage } from "../../identity/mailer";
import type { LineItemHandler } from "../checkout/line-items";
import type { Clock } from "../clock";
import type { PaymentDeps } from "../payments/charge-invoice";

/** What subscription work needs besides the database: providers to charge, a mailer, plugins' handlers. */
export interface SubscriptionDeps {
  payments: PaymentDeps;
  /** A Mailer; the tenant is stamped on each message (jobs mail for every tenant). */
  mailer: { send(message: MailMessage & { tenantId: string }): Promise<void> };
  /** Plugins' line-item handlers (discounts…); core's price, proration and tax always run. */
  handlers?: readonly LineItemHandler[];
  /** The portal's base URL, for links in dunning and invoice emails. */
  webUrl: string;
}

/** Scheduled jobs work across tenants: the unscoped client, and a clock tests control. */
export interface JobContext {
  db: Db;
  clock: Clock;
}
