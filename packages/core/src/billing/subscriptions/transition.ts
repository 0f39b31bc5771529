import type { Prisma, Tx } from "@tillbox/db";
import { coreEvents, emit } from "@tillbox/events";
import { recordAudit } from "../../audit/record-audit";
import { DomainError } from "../../errors";
import { auditOrigin, type AccessActor } from "../../identity/access/permissions";
import { canTransition, type SubscriptionStatus } from "./status-transitions";

export type SubscriptionRow = Prisma.SubscriptionModel;

/** Who changes a subscription and when: actor null = a system job (renewals, dunning, webhooks). */
export interface TransitionContext {
  tenantId: string;
  now: Date;
  actor: AccessActor | null;
}

/** Events that describe a change without a status change; a status change picks its own event. */
export type FieldChangeEvent = "updated" | "renewed" | "trial_will_end" | "scheduled_change_canceled";

export interface TransitionInput {
  /** The row as read under its lock (lockSubscription) in this transaction. */
  subscription: SubscriptionRow;
  /** The new status; omit (or repeat the current one) for a field change. */
  to?: SubscriptionStatus;
  /** Columns to write with it (plan, period, flags). */
  patch?: Prisma.SubscriptionUncheckedUpdateInput;
  /** Why, in snake_case: "renewal", "cancel", "dunning_exhausted"… (event payload and audit action). */
  reason: string;
  event?: FieldChangeEvent;
  /** For subscription.renewed / past_due payloads. */
  details?: { invoiceId?: string | null; amount?: number; attempt?: number; nextRetryAt?: Date | null };
}

/** Locks the subscription row for the caller's transaction and returns it (NOT_FOUND across tenants). */
export async function lockSubscription(tx: Tx, tenantId: string, subscriptionId: string): Promise<SubscriptionRow> {
  await tx.$queryRaw`SELECT "id" FROM "billing_subscription" WHERE "id" = ${subscriptionId}::uuid AND "tenant_id" = ${tenantId} FOR UPDATE`;
  const row = await tx.subscription.findFirst({ where: { id: subscriptionId, tenantId } });
  if (!row) throw new DomainError("SUBSCRIPTION_NOT_FOUND", "No such subscription (field: subscriptionId).", "NOT_FOUND");
  return row;
}

/** An operator (or an impersonating admin) acting on someone else's subscription: that gets audited. */
function adminInitiated(actor: AccessActor | null, subscription: SubscriptionRow): actor is AccessActor {
  if (!actor) return false;
  return Boolean(actor.impersonatedBy) || actor.actorId !== subscription.userId;
}

/**
 * The one way a subscription changes: checks the edge against allowedTransitions, writes the
 * row, emits the matching subscription.* event and (for operators) an audit entry — all in the
 * caller's transaction, so they commit together or not at all.
 */
export async function transition(tx: Tx, ctx: TransitionContext, input: TransitionInput): Promise<SubscriptionRow> {
  const current = input.subscription;
  const from = current.status as SubscriptionStatus;
  const to = input.to ?? from;
  if (!canTransition(from, to)) {
    throw new DomainError(
      "SUBSCRIPTION_TRANSITION_REFUSED",
      from === to ? `A ${from} subscription can't be changed.` : `A ${from} subscription can't become ${to}.`,
      "CONFLICT",
    );
  }
  const updated = await tx.subscription.update({ where: { id: current.id }, data: { ...input.patch, status: to, updatedAt: ctx.now } });
  await emitFor(tx, ctx, input, from, updated);
  if (adminInitiated(ctx.actor, current)) {
    await recordAudit(tx, {
      ...auditOrigin(ctx.actor),
      action: `subscription.${input.reason}`,
      targetType: "subscription",
      targetId: current.id,
      data: {
        userId: current.userId,
        from,
        to,
        planId: updated.planId,
        previousPlanId: current.planId,
        ...(updated.scheduledPlanId !== current.scheduledPlanId
          ? { scheduledPlanId: updated.scheduledPlanId, previousScheduledPlanId: current.scheduledPlanId }
          : {}),
      },
    });
  }
  return updated;
}

async function emitFor(tx: Tx, ctx: TransitionContext, input: TransitionInput, from: SubscriptionStatus, row: SubscriptionRow) {
  const options = { tenantId: ctx.tenantId };
  const base = { subscriptionId: row.id, userId: row.userId };
  const to = row.status as SubscriptionStatus;
  if (to !== from && to === "canceled") {
    return emit(tx, coreEvents.subscriptionCanceled, { ...base, planId: row.planId, previousStatus: from, reason: input.reason }, options);
  }
  if (to !== from && to === "past_due") {
    const details = input.details ?? {};
    return emit(
      tx,
      coreEvents.subscriptionPastDue,
      {
        ...base,
        invoiceId: details.invoiceId ?? row.latestInvoiceId,
        attempt: details.attempt ?? row.dunningAttempts,
        nextRetryAt: (details.nextRetryAt ?? row.nextRetryAt)?.toISOString() ?? null,
      },
      options,
    );
  }
  if (to !== from && to === "paused") return emit(tx, coreEvents.subscriptionPaused, { ...base, planId: row.planId }, options);
  if (to !== from && from === "paused") {
    return emit(tx, coreEvents.subscriptionResumed, { ...base, planId: row.planId, periodEnd: row.currentPeriodEnd.toISOString() }, options);
  }
  if (input.event === "renewed") {
    return emit(
      tx,
      coreEvents.subscriptionRenewed,
      {
        ...base,
        planId: row.planId,
        invoiceId: input.details?.invoiceId ?? null,
        periodStart: row.currentPeriodStart.toISOString(),
        periodEnd: row.currentPeriodEnd.toISOString(),
        amount: input.details?.amount ?? 0,
        currency: row.currency,
      },
      options,
    );
  }
  if (input.event === "scheduled_change_canceled") {
    return emit(
      tx,
      coreEvents.subscriptionScheduledChangeCanceled,
      {
        ...base,
        planId: row.planId,
        canceledPlanId: input.subscription.scheduledPlanId ?? "",
        periodEnd: row.currentPeriodEnd.toISOString(),
      },
      options,
    );
  }
  if (input.event === "trial_will_end") {
    return emit(tx, coreEvents.subscriptionTrialWillEnd, { ...base, trialEnd: (row.trialEnd ?? row.currentPeriodEnd).toISOString() }, options);
  }
  return emit(tx, coreEvents.subscriptionUpdated, { ...base, planId: row.planId, status: to, previousStatus: from, reason: input.reason }, options);
}
