import { z } from "zod";
import {
  assignRoles,
  getUserDetail,
  userSortKeys,
  listApiKeys,
  listUsers,
  startImpersonation,
  stopImpersonation,
  suspendUser,
  unsuspendUser,
  updateUser,
  userPatchSchema,
} from "@tillbox/core";
import { authorizedProcedure, publicProcedure, router } from "@tillbox/trpc";
import { accessActor, allScopes } from "../access";

const userId = z.object({ userId: z.string().uuid() });

export const usersRouter = router({
  list: authorizedProcedure("users:read")
    .input(
      z
        .object({
          search: z.string().max(200).optional(),
          status: z.enum(["active", "suspended", "deleted"]).optional(),
          role: z.string().max(40).optional(),
          page: z.number().int().min(1).default(1),
          pageSize: z.number().int().min(1).max(100).default(25),
          sort: z.object({ by: z.enum(userSortKeys), direction: z.enum(["asc", "desc"]) }).optional(),
        })
        .default({ page: 1, pageSize: 25 }),
    )
    .query(({ ctx, input }) => listUsers(ctx.db, ctx.tenantId, input)),

  get: authorizedProcedure("users:read")
    .input(userId)
    .query(({ ctx, input }) => getUserDetail(ctx.db, ctx.tenantId, input.userId)),

  /** A user's API keys (no secrets), for the detail page. */
  apiKeys: authorizedProcedure("users:read")
    .input(userId)
    .query(async ({ ctx, input }) => {
      await getUserDetail(ctx.db, ctx.tenantId, input.userId);
      return listApiKeys(ctx.db, ctx.tenantId, input.userId);
    }),

  update: authorizedProcedure("users:manage")
    .input(userId.extend({ patch: userPatchSchema }))
    .mutation(({ ctx, input }) => updateUser(ctx.db, accessActor(ctx), input.userId, input.patch, allScopes())),

  suspend: authorizedProcedure("users:manage")
    .input(userId.extend({ reason: z.string().trim().max(500).optional() }))
    .mutation(({ ctx, input }) => suspendUser(ctx.db, accessActor(ctx), input.userId, allScopes(), input.reason)),

  unsuspend: authorizedProcedure("users:manage")
    .input(userId)
    .mutation(({ ctx, input }) => unsuspendUser(ctx.db, accessActor(ctx), input.userId, allScopes())),

  /** Replaces the user's roles with `roleKeys`. */
  assignRoles: authorizedProcedure("users:manage")
    .input(userId.extend({ roleKeys: z.array(z.string().min(1).max(40)).max(50) }))
    .mutation(({ ctx, input }) => assignRoles(ctx.db, accessActor(ctx), input.userId, input.roleKeys, allScopes())),

  /** Returns the session id the Auth.js session will carry while the admin acts as the user. */
  impersonate: authorizedProcedure("users:impersonate")
    .input(userId)
    .mutation(({ ctx, input }) => startImpersonation(ctx.db, accessActor(ctx), input.userId, allScopes())),

  /**
   * The banner's one-click stop. Public because the caller is acting as the impersonated user, who
   * holds no admin scope; the service only lets the admin, the target or a users:manage holder end it.
   */
  stopImpersonation: publicProcedure
    .input(z.object({ sessionId: z.string().uuid() }))
    .mutation(({ ctx, input }) => stopImpersonation(ctx.db, accessActor(ctx), input.sessionId)),
});
