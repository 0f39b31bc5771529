import type { Db } from "@tillbox/plugin-sdk";
import { isInternalEvent, matchesEvent } from "./event-match";
import { parseAllowList } from "./allow-list";
import type { Resolver } from "./resolve-target";
import { loadSigningSecrets } from "./secret-reencryption";
import { sendWebhook, type SendResult } from "./sender";
import { retryDelaySeconds, type WebhooksSettings } from "./settings";

/** The domain event as functions receive it. */
export interface WebhookSourceEvent {
  id: string;
  name: string;
  data: unknown;
  tenantId: string;
  createdAt: Date | string;
}

/**
 * While a delivery is being sent it carries a lease in nextAttemptAt, so the retry cron (possibly
 * in another process) doesn't pick it up twice. The lease outlives any request timeout.
 */
const LEASE_MS = 2 * 60_000;

/** The JSON body receivers get. `id` is the idempotency key: it is the same on every retry. */
export function buildWebhookBody(event: WebhookSourceEvent): string {
  const createdAt = event.createdAt instanceof Date ? event.createdAt.toISOString() : event.createdAt;
  return JSON.stringify({ id: event.id, type: event.name, createdAt, tenantId: event.tenantId, data: event.data ?? null });
}

/**
 * Creates one delivery per matching enabled endpoint of the event's tenant and returns the ids
 * not attempted yet. Safe to re-run for the same event: (endpoint, event) is unique.
 */
export async function fanOutEvent(db: Db, event: WebhookSourceEvent, now = new Date()): Promise<string[]> {
  if (isInternalEvent(event.name)) return [];
  const endpoints = await db.webhookEndpoint.findMany({
    where: { tenantId: event.tenantId, enabled: true },
    select: { id: true, events: true },
  });
  const matching = endpoints.filter((endpoint) => matchesEvent(endpoint.events, event.name));
  if (matching.length === 0) return [];
  const body = buildWebhookBody(event);
  await db.webhookDelivery.createMany({
    data: matching.map((endpoint) => ({
      tenantId: event.tenantId,
      endpointId: endpoint.id,
      eventId: event.id,
      eventName: event.name,
      body,
      nextAttemptAt: new Date(now.getTime() + LEASE_MS),
    })),
    skipDuplicates: true,
  });
  const fresh = await db.webhookDelivery.findMany({
    where: { eventId: event.id, endpointId: { in: matching.map((endpoint) => endpoint.id) }, attempts: 0, status: "pending" },
    select: { id: true },
  });
  return fresh.map((delivery) => delivery.id);
}

export interface AttemptOptions {
  /** Manual redeliveries are logged as such and don't reschedule automatic retries. */
  manual?: boolean;
  now?: () => Date;
  /** DNS for the endpoint's host; tests inject one, production uses the system resolver. */
  resolver?: Resolver;
}

/** Sends one attempt of a delivery and records it; returns the updated delivery (null if gone). */
export async function attemptDelivery(db: Db, deliveryId: string, settings: WebhooksSettings, options: AttemptOptions = {}) {
  const now = options.now ?? (() => new Date());
  const delivery = await db.webhookDelivery.findUnique({ where: { id: deliveryId }, include: { endpoint: true } });
  if (!delivery) return null;
  const { endpoint } = delivery;

  if (!endpoint.enabled && !options.manual) {
    // Retrying into a disabled endpoint would surprise the operator who switched it off.
    return db.webhookDelivery.update({
      where: { id: delivery.id },
      data: { status: "failed", nextAttemptAt: null, lastError: "Endpoint disabled" },
    });
  }

  const signing = await loadSigningSecrets(db, endpoint, now());
  const result: SendResult =
    "error" in signing
      ? { ok: false, statusCode: null, durationMs: 0, error: signing.error, responseBody: null }
      : await sendWebhook({
          url: endpoint.url,
          body: delivery.body,
          eventId: delivery.eventId,
          eventName: delivery.eventName,
          secrets: signing.secrets,
          timeoutMs: settings.timeoutMs,
          allowList: parseAllowList(settings.allowedInternalTargets),
          resolver: options.resolver,
        });

  const attempts = delivery.attempts + 1;
  const next = nextState(delivery.status, attempts, result, settings, options.manual ?? false, delivery.nextAttemptAt, now());
  const [, updated] = await db.$transaction([
    db.webhookAttempt.create({
      data: {
        tenantId: delivery.tenantId,
        deliveryId: delivery.id,
        number: attempts,
        manual: options.manual ?? false,
        statusCode: result.statusCode,
        durationMs: result.durationMs,
        error: result.error,
        responseBody: result.responseBody,
      },
    }),
    db.webhookDelivery.update({
      where: { id: delivery.id },
      data: {
        attempts,
        status: next.status,
        nextAttemptAt: next.nextAttemptAt,
        lastStatusCode: result.statusCode,
        lastDurationMs: result.durationMs,
        lastError: result.error,
      },
    }),
  ]);
  return updated;
}

type DeliveryStatus = "pending" | "succeeded" | "failed";

function nextState(
  current: DeliveryStatus,
  attempts: number,
  result: SendResult,
  settings: WebhooksSettings,
  manual: boolean,
  scheduled: Date | null,
  now: Date,
): { status: DeliveryStatus; nextAttemptAt: Date | null } {
  if (result.ok) return { status: "succeeded", nextAttemptAt: null };
  if (manual) {
    // A failed manual try keeps a pending delivery's retry schedule; otherwise it stays failed.
    return current === "pending" && scheduled ? { status: "pending", nextAttemptAt: scheduled } : { status: "failed", nextAttemptAt: null };
  }
  if (attempts >= settings.maxAttempts) return { status: "failed", nextAttemptAt: null };
  return { status: "pending", nextAttemptAt: new Date(now.getTime() + retryDelaySeconds(attempts, settings) * 1000) };
}

/**
 * Claims up to `limit` due deliveries (any tenant) by moving their nextAttemptAt forward; a row
 * another worker claimed first no longer matches and is skipped.
 */
export async function claimDueDeliveries(db: Db, now = new Date(), limit = 100): Promise<string[]> {
  const due = await db.webhookDelivery.findMany({
    where: { status: "pending", nextAttemptAt: { lte: now } },
    orderBy: { nextAttemptAt: "asc" },
    take: limit,
    select: { id: true, nextAttemptAt: true },
  });
  const claimed: string[] = [];
  for (const delivery of due) {
    const { count } = await db.webhookDelivery.updateMany({
      where: { id: delivery.id, status: "pending", nextAttemptAt: delivery.nextAttemptAt },
      data: { nextAttemptAt: new Date(now.getTime() + LEASE_MS) },
    });
    if (count === 1) claimed.push(delivery.id);
  }
  return claimed;
}
