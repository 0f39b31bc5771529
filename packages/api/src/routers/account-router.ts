import { z } from "zod";
import { TRPCError } from "@trpc/server";
import { IMPERSONATION_MAX_MS, profileSchema, profileUpdateSchema, resolveGrants } from "@tillbox/core";
import { hasPermission, publicProcedure, router, SIGNED_IN, type Context } from "@tillbox/trpc";
import { allScopes } from "../access";
import { accountsFor, limitAttempt } from "../accounts";
import { originOf } from "../request-origin";
import { ownSession } from "../own-session";

/**
 * Permission "signed-in" (a user, by session or API key). Checked here rather than through
 * authorizedProcedure so that a caller without a user (anonymous, system) gets UNAUTHORIZED, not
 * FORBIDDEN: the page then sends the visitor to sign-in.
 */
const signedInProcedure = publicProcedure.meta({ permission: SIGNED_IN }).use(({ ctx, next }) => {
  const userId = hasPermission(ctx.actor, SIGNED_IN) ? ctx.actor.id : null;
  if (!userId) throw new TRPCError({ code: "UNAUTHORIZED", message: "Sign in to manage your account." });
  return next({ ctx: { userId } });
});

/** The password checks below share the sign-in budget of the address: a stolen session can't guess the password faster. */
async function limitPasswordCheck(ctx: Context, userId: string) {
  const user = await ctx.db.user.findFirst({ where: { id: userId, tenantId: ctx.tenantId }, select: { email: true } });
  await limitAttempt(ctx, "signIn", user?.email ?? userId);
}

/** The banner of an impersonated session: who is acting, and the session the one-click stop ends. */
async function impersonationOf(ctx: Context, userId: string) {
  const adminId = ctx.actor.impersonatedBy;
  if (!adminId) return null;
  const [admin, session] = await Promise.all([
    ctx.db.user.findFirst({ where: { id: adminId, tenantId: ctx.tenantId }, select: { email: true, name: true } }),
    ctx.db.impersonationSession.findFirst({
      where: { adminId, targetUserId: userId, tenantId: ctx.tenantId, endedAt: null },
      orderBy: { startedAt: "desc" },
      select: { id: true, startedAt: true },
    }),
  ]);
  return {
    adminId,
    adminEmail: admin?.email ?? null,
    adminName: admin?.name ?? null,
    sessionId: session?.id ?? null,
    expiresAt: session ? new Date(session.startedAt.getTime() + IMPERSONATION_MAX_MS) : null,
  };
}

const password = z.string().min(1).max(512);

/** The caller: profile, roles, the scopes this request holds, how it authenticated, and any impersonation. */
const meSchema = profileSchema.extend({
  roles: z.array(z.string()),
  scopes: z.array(z.string()),
  via: z.enum(["user", "anonymous", "system", "api-key"]),
  impersonation: z
    .object({
      adminId: z.string(),
      adminEmail: z.string().nullable(),
      adminName: z.string().nullable(),
      sessionId: z.string().nullable(),
      expiresAt: z.date().nullable(),
    })
    .nullable(),
});

/** Self-service for the signed-in user (ctx.actor.id); admin-side user management is usersRouter. */
export const accountRouter = router({
  me: signedInProcedure.output(meSchema).query(async ({ ctx }) => {
    const [profile, grants, impersonation] = await Promise.all([
      accountsFor(ctx).getProfile({ tenantId: ctx.tenantId, userId: ctx.userId }),
      resolveGrants(ctx.db, ctx.userId),
      impersonationOf(ctx, ctx.userId),
    ]);
    const permissions = ctx.actor.permissions;
    const scopes = permissions === "all" ? allScopes() : [...permissions];
    return { ...profile, roles: [...grants.roleKeys].sort(), scopes: scopes.sort(), via: ctx.actor.kind, impersonation };
  }),

  /** A patch: omitted fields stay, null clears. Field errors name the path, e.g. billingAddress.country. */
  updateProfile: signedInProcedure
    .input(profileUpdateSchema)
    .output(profileSchema)
    .mutation(({ ctx, input }) => {
      // While impersonated, the audit entry names the admin making the edit, not the user.
      const { ip, userAgent } = originOf(ctx);
      const origin = { impersonatedBy: ctx.actor.impersonatedBy ?? null, ip, userAgent };
      return accountsFor(ctx).updateProfile({ tenantId: ctx.tenantId, userId: ctx.userId, patch: input, origin });
    }),

  /** Ends every other session; the app re-issues this device's session with the returned sessionVersion. */
  changePassword: signedInProcedure
    .use(ownSession("Changing the password"))
    .input(z.object({ currentPassword: password, newPassword: password }))
    .mutation(async ({ ctx, input }) => {
      await limitPasswordCheck(ctx, ctx.userId);
      return accountsFor(ctx).changePassword({ tenantId: ctx.tenantId, userId: ctx.userId, ...input });
    }),

  /** Mails a confirm link to the new address; nothing changes until it is followed (auth.confirmEmailChange). */
  requestEmailChange: signedInProcedure
    .use(ownSession("Changing the email address"))
    .input(z.object({ newEmail: z.string().trim().min(1).max(254), currentPassword: password }))
    .mutation(async ({ ctx, input }) => {
      await limitPasswordCheck(ctx, ctx.userId);
      return accountsFor(ctx).requestEmailChange({ tenantId: ctx.tenantId, userId: ctx.userId, ...input });
    }),

  /** Every session token, this one included, is stale from now on. */
  signOutEverywhere: signedInProcedure
    .use(ownSession("Signing out everywhere"))
    .mutation(({ ctx }) => accountsFor(ctx).signOutEverywhere({ tenantId: ctx.tenantId, userId: ctx.userId })),

  /**
   * Anonymises the account (see core accounts README): invoices are kept unaltered for the legal
   * retention period with the billing details they were issued with; personal data is cleared.
   */
  deleteAccount: signedInProcedure
    .use(ownSession("Deleting the account"))
    .input(z.object({ password, confirm: z.literal("DELETE", { error: 'confirm must be "DELETE"' }) }))
    .mutation(async ({ ctx, input }) => {
      await limitPasswordCheck(ctx, ctx.userId);
      await accountsFor(ctx).deleteAccount({ tenantId: ctx.tenantId, userId: ctx.userId, password: input.password });
      return { status: "deleted" as const };
    }),
});
