import { z } from "zod";
import { apiKeyViewSchema, createApiKey, listApiKeys, revokeApiKey } from "@tillbox/core";
import { authorizedProcedure, router } from "@tillbox/trpc";
import { accessActor, allScopes } from "../access";
import { ownSession } from "../own-session";

/**
 * The caller's own keys for the REST API (/api/v1). Listing works with a key too; creating and
 * revoking need the owner's own session (see ownSession: not a key, not an impersonating admin).
 */
export const apiKeysRouter = router({
  list: authorizedProcedure("api-keys:manage")
    .output(z.array(apiKeyViewSchema))
    .query(({ ctx }) => (ctx.actor.id ? listApiKeys(ctx.db, ctx.tenantId, ctx.actor.id) : [])),

  /** The response carries `key` in full: the only time it is ever shown. */
  create: authorizedProcedure("api-keys:manage")
    .use(ownSession("Creating an API key"))
    .input(
      z.object({
        name: z.string().trim().min(1).max(80),
        scopes: z.array(z.string().min(1)).min(1).max(200),
        expiresAt: z.coerce.date().nullable().optional(),
      }),
    )
    .mutation(({ ctx, input }) => createApiKey(ctx.db, accessActor(ctx), input, allScopes())),

  revoke: authorizedProcedure("api-keys:manage")
    .use(ownSession("Revoking an API key"))
    .input(z.object({ id: z.string().uuid() }))
    .mutation(({ ctx, input }) => revokeApiKey(ctx.db, accessActor(ctx), input.id)),
});
