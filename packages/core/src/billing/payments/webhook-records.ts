import type { Db } from "@tillbox/db";
import { defaultTenantId } from "@tillbox/events";
import type { Clock } from "../clock";
import type { SubscriptionDeps } from "../subscriptions/deps";
import type { ProviderWebhookEvent } from "./provider-contract";
import type { PaymentProviders } from "./provider-registry";

export interface WebhookDeps {
  /** The unscoped client: the tenant is learnt from our Payment row, not from the request. */
  db: Db;
  providers: PaymentProviders;
  clock: Clock;
  /** For the "payment failed, we'll retry" email after an asynchronous renewal failure; without it only the state changes. */
  subscriptions?: SubscriptionDeps;
}

export type WebhookOutcome = {
  eventId: string;
  status: "processed" | "duplicate" | "ignored" | "unknown_payment" | "unknown_refund";
  paymentStatus?: string;
  refundStatus?: string;
};

/** Records an event that changes nothing (unknown object, ignored type), so a replay is a duplicate. */
export async function recordUnactioned(
  deps: WebhookDeps, providerKey: string, event: ProviderWebhookEvent, claimedTenant: string | undefined, status: "ignored" | "unknown_payment" | "unknown_refund",
): Promise<WebhookOutcome> {
  const tenantId = await knownTenant(deps.db, claimedTenant);
  const { count } = await deps.db.providerEvent.createMany({
    data: [{ provider: providerKey, eventId: event.id, tenantId, type: event.type, receivedAt: deps.clock.now(), processedAt: deps.clock.now() }],
    skipDuplicates: true,
  });
  if (count === 0) return { eventId: event.id, status: "duplicate" };
  return { eventId: event.id, status };
}

async function knownTenant(db: Db, claimed: string | undefined): Promise<string> {
  if (claimed && (await db.tenant.findUnique({ where: { id: claimed }, select: { id: true } }))) return claimed;
  return defaultTenantId();
}
