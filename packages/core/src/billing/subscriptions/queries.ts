import { z } from "zod";
import type { DbOrTx } from "@tillbox/db";
import { DomainError } from "../../errors";
import { subscriptionStatuses } from "./status-transitions";
import type { MySubscription } from "./subscription-output";

const include = {
  plan: { select: { id: true, slug: true, name: true, interval: true, intervalCount: true, tokenGrant: true, features: true } },
  scheduledPlan: { select: { id: true, slug: true, name: true } },
} as const;

/** The customer's own subscriptions, newest first, with their plan and any scheduled change. */
export function listMySubscriptions(db: DbOrTx, tenantId: string, userId: string): Promise<MySubscription[]> {
  return db.subscription.findMany({ where: { tenantId, userId }, include, orderBy: [{ createdAt: "desc" }, { id: "asc" }] });
}

export const subscriptionListSchema = z.object({
  status: z.enum(subscriptionStatuses as [string, ...string[]]).optional(),
  userId: z.string().uuid().optional(),
  planId: z.string().uuid().optional(),
  limit: z.number().int().min(1).max(200).default(50),
  cursor: z.string().uuid().optional(),
});
export type SubscriptionListInput = z.input<typeof subscriptionListSchema>;

/** Operators' list (billing:read): filter by status, user or plan; cursor-paged by id. */
export async function listSubscriptions(db: DbOrTx, tenantId: string, input: SubscriptionListInput) {
  const query = subscriptionListSchema.parse(input);
  const rows = await db.subscription.findMany({
    where: {
      tenantId,
      ...(query.status ? { status: query.status as never } : {}),
      ...(query.userId ? { userId: query.userId } : {}),
      ...(query.planId ? { planId: query.planId } : {}),
    },
    include: { ...include, user: { select: { id: true, email: true, name: true } } },
    orderBy: [{ createdAt: "desc" }, { id: "asc" }],
    take: query.limit + 1,
    ...(query.cursor ? { cursor: { id: query.cursor }, skip: 1 } : {}),
  });
  const page = rows.slice(0, query.limit);
  return { items: page, nextCursor: rows.length > query.limit ? page[page.length - 1]!.id : null };
}

/** One subscription with its invoices and pending items; ownerId limits it to the customer's own. */
export async function getSubscription(db: DbOrTx, tenantId: string, subscriptionId: string, ownerId?: string) {
  const row = await db.subscription.findFirst({
    where: { id: subscriptionId, tenantId, ...(ownerId ? { userId: ownerId } : {}) },
    include: {
      ...include,
      invoices: {
        select: { id: true, number: true, status: true, billingReason: true, total: true, currency: true, periodStart: true, periodEnd: true, dueAt: true },
        orderBy: { createdAt: "desc" },
        take: 50,
      },
      pendingItems: { where: { invoiceId: null }, orderBy: { createdAt: "asc" } },
    },
  });
  if (!row) throw new DomainError("SUBSCRIPTION_NOT_FOUND", "No such subscription (field: subscriptionId).", "NOT_FOUND");
  return row;
}
