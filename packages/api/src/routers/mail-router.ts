import { z } from "zod";
import { DomainError } from "@tillbox/core";
import { getDevMessage, listDevMessages } from "@tillbox/email";
import { authorizedProcedure, router } from "@tillbox/trpc";

/** The admin's dev mailbox: emails the dev transport captured instead of sending. */
export const mailRouter = router({
  list: authorizedProcedure("mail:read")
    .input(z.object({ to: z.string().trim().max(254).optional(), limit: z.number().int().min(1).max(200).default(50) }).default({ limit: 50 }))
    .query(({ ctx, input }) => listDevMessages(ctx.db, { ...input, tenantId: ctx.tenantId })),

  get: authorizedProcedure("mail:read")
    .input(z.object({ id: z.string().uuid() }))
    .query(async ({ ctx, input }) => {
      const message = await getDevMessage(ctx.db, input.id, { tenantId: ctx.tenantId });
      if (!message) throw new DomainError("MAIL_NOT_FOUND", `No message with id ${input.id}.`, "NOT_FOUND");
      return message;
    }),
});
