import { z } from "zod";
import { DomainError } from "@tillbox/core";
import { DeliveryRetryError, listDeliveries, listEvents, retryDelivery } from "@tillbox/events";
import { authorizedProcedure, router } from "@tillbox/trpc";
import { allEventNames } from "../event-catalogue";

const limit = z.number().int().min(1).max(200).default(50);

export const eventsRouter = router({
  /** Every event name an operator can subscribe to: core + installed plugins. */
  catalogue: authorizedProcedure("events:read").query(() => allEventNames()),

  list: authorizedProcedure("events:read")
    .input(z.object({ name: z.string().optional(), limit }).default({ limit: 50 }))
    .query(({ ctx, input }) => listEvents(ctx.db, { ...input, tenantId: ctx.tenantId })),

  deliveries: authorizedProcedure("events:read")
    .input(
      z
        .object({
          status: z.enum(["pending", "running", "succeeded", "failed", "skipped"]).optional(),
          eventId: z.string().uuid().optional(),
          limit,
        })
        .default({ limit: 50 }),
    )
    .query(({ ctx, input }) => listDeliveries(ctx.db, { ...input, tenantId: ctx.tenantId })),

  retry: authorizedProcedure("events:manage")
    .input(z.object({ deliveryId: z.string().uuid() }))
    .mutation(async ({ ctx, input }) => {
      try {
        return await retryDelivery(ctx.db, input.deliveryId, { tenantId: ctx.tenantId });
      } catch (error) {
        if (!(error instanceof DeliveryRetryError)) throw error;
        throw new DomainError(`DELIVERY_${error.code}`, error.message, error.code === "NOT_FOUND" ? "NOT_FOUND" : "CONFLICT");
      }
    }),
});
