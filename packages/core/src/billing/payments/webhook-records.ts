import type { Db, Tx } from "@tillbox/db";
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
  deps: WebhookDeps,
  providerKey: string,
  event: ProviderWebhookEvent,
  claimedTenant: string | undefined,
  status: "ignored" | "unknown_payment" | "unknown_refund",
): Promise<WebhookOutcome> {
  const tenantId = await knownTenant(deps.db, claimedTenant);
  const { count } = await deps.db.providerEvent.createMany({
    data: [{ provider: providerKey, eventId: event.id, tenantId, type: event.type, receivedAt: deps.clock.now(), processedAt: deps.clock.now() }],
    skipDuplicates: true,
  });
  if (count === 0) return { eventId: event.id, status: "duplicate" };
  return { eventId: event.id, status };
}

/**
 * Runs `apply` once per provider event, in one transaction with the event's ProviderEvent row: a
 * concurrent or later delivery of the same event finds the row and is answered "duplicate" with
 * nothing changed, and a crash mid-way rolls both back so the provider's retry redoes it.
 */
export function processOnce(
  deps: WebhookDeps,
  providerKey: string,
  event: ProviderWebhookEvent,
  tenantId: string,
  apply: (tx: Tx, now: Date) => Promise<Pick<WebhookOutcome, "paymentStatus" | "refundStatus">>,
): Promise<WebhookOutcome> {
  return deps.db.$transaction(
    async (tx): Promise<WebhookOutcome> => {
      const now = deps.clock.now();
      const { count } = await tx.providerEvent.createMany({
        data: [{ provider: providerKey, eventId: event.id, tenantId, type: event.type, receivedAt: now }],
        skipDuplicates: true,
      });
      if (count === 0) return { eventId: event.id, status: "duplicate" };
      const outcome = await apply(tx, now);
      await tx.providerEvent.update({ where: { provider_eventId: { provider: providerKey, eventId: event.id } }, data: { processedAt: now } });
      return { eventId: event.id, status: "processed", ...outcome };
    },
    { maxWait: 15_000, timeout: 30_000 },
  );
}

async function knownTenant(db: Db, claimed: string | undefined): Promise<string> {
  if (claimed && (await db.tenant.findUnique({ where: { id: claimed }, select: { id: true } }))) return claimed;
  return defaultTenantId();
}
