import { z } from "zod";
import { listAuditLog } from "@tillbox/core";
import { authorizedProcedure, router } from "@tillbox/trpc";

export const auditRouter = router({
  /** Newest first, filterable; pass `nextCursor` back as `cursor` for the next page. */
  list: authorizedProcedure("audit:read")
    .input(
      z
        .object({
          actorId: z.string().min(1).max(100).optional(),
          actionPrefix: z.string().min(1).max(100).optional(),
          targetType: z.string().min(1).max(100).optional(),
          targetId: z.string().min(1).max(200).optional(),
          from: z.coerce.date().optional(),
          to: z.coerce.date().optional(),
          cursor: z.string().uuid().optional(),
          limit: z.number().int().min(1).max(200).default(50),
        })
        .default({ limit: 50 }),
    )
    .query(({ ctx, input }) => listAuditLog(ctx.db, ctx.tenantId, input)),
});
