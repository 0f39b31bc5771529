import { z } from "zod";
import { DomainError } from "@tillbox/plugin-sdk";
import { procedure, router } from "./api";
import { attemptDelivery } from "./delivery-service";
import { loadWebhooksSettings } from "./settings";

const statusSchema = z.enum(["pending", "succeeded", "failed"]);

const listInput = z.object({
  endpointId: z.uuid().optional(),
  status: statusSchema.optional(),
  limit: z.number().int().min(1).max(100).default(25),
  /** The id of the last delivery of the previous page. */
  cursor: z.uuid().nullish(),
});

const deliveryColumns = {
  id: true,
  endpointId: true,
  eventId: true,
  eventName: true,
  status: true,
  attempts: true,
  lastStatusCode: true,
  lastDurationMs: true,
  lastError: true,
  nextAttemptAt: true,
  createdAt: true,
  updatedAt: true,
  endpoint: { select: { url: true } },
} as const;

const attemptColumns = {
  select: { id: true, number: true, manual: true, statusCode: true, durationMs: true, error: true, createdAt: true },
  orderBy: { number: "desc" },
} as const;

export const deliveriesRouter = router({
  list: procedure("webhooks:read")
    .input(listInput)
    .query(async ({ ctx, input }) => {
      const rows = await ctx.db.webhookDelivery.findMany({
        where: { tenantId: ctx.tenantId, endpointId: input.endpointId, status: input.status },
        orderBy: [{ createdAt: "desc" }, { id: "desc" }],
        take: input.limit + 1,
        ...(input.cursor ? { cursor: { id: input.cursor }, skip: 1 } : {}),
        select: { ...deliveryColumns, attemptsLog: { ...attemptColumns, take: 20 } },
      });
      const page = rows.slice(0, input.limit);
      return { items: page, nextCursor: rows.length > input.limit ? (page.at(-1)?.id ?? null) : null };
    }),

  get: procedure("webhooks:read")
    .input(z.object({ id: z.uuid() }))
    .query(async ({ ctx, input }) => {
      const delivery = await ctx.db.webhookDelivery.findFirst({
        where: { id: input.id, tenantId: ctx.tenantId },
        select: { ...deliveryColumns, body: true, attemptsLog: { select: { ...attemptColumns.select, responseBody: true }, orderBy: attemptColumns.orderBy } },
      });
      if (!delivery) throw new DomainError("WEBHOOK_DELIVERY_NOT_FOUND", `Webhook delivery "${input.id}" was not found.`, "NOT_FOUND");
      return delivery;
    }),

  /** Sends the same body and event id again now, whatever the delivery's status. */
  redeliver: procedure("webhooks:manage")
    .input(z.object({ id: z.uuid() }))
    .mutation(async ({ ctx, input }) => {
      const delivery = await ctx.db.webhookDelivery.findFirst({ where: { id: input.id, tenantId: ctx.tenantId }, select: { id: true } });
      if (!delivery) throw new DomainError("WEBHOOK_DELIVERY_NOT_FOUND", `Webhook delivery "${input.id}" was not found.`, "NOT_FOUND");
      const updated = await attemptDelivery(ctx.db, delivery.id, await loadWebhooksSettings(ctx.db), { manual: true });
      if (!updated) throw new DomainError("WEBHOOK_DELIVERY_NOT_FOUND", `Webhook delivery "${input.id}" was not found.`, "NOT_FOUND");
      return updated;
    }),

  /** Counts for the dashboard card over the last `hours`. */
  stats: procedure("webhooks:read")
    .input(z.object({ hours: z.number().int().min(1).max(720).default(24) }).default({ hours: 24 }))
    .query(async ({ ctx, input }) => {
      const since = new Date(Date.now() - input.hours * 3_600_000);
      const groups = await ctx.db.webhookDelivery.groupBy({
        by: ["status"],
        where: { tenantId: ctx.tenantId, createdAt: { gte: since } },
        _count: { _all: true },
      });
      const counts = { pending: 0, succeeded: 0, failed: 0 };
      for (const group of groups) counts[group.status] = group._count._all;
      return { since, ...counts, total: counts.pending + counts.succeeded + counts.failed };
    }),
});
