import { z } from "zod";
import { publicProcedure, router } from "@tillbox/trpc";
import { accountsFor, limitAttempt } from "../accounts";

// Loose bounds only: the core policy gives the precise WEAK_PASSWORD / INVALID_EMAIL answers, and
// a cap keeps a huge body from buying seconds of argon2 work.
const email = z.string().trim().min(1).max(254);
const password = z.string().min(1).max(512);
const token = z.string().trim().min(1).max(128);

/**
 * Self-service flows before sign-in (sign-in itself is Auth.js, packages/auth). Every procedure is
 * rate-limited per client IP, and per address where one is given:
 *   signUp, resendVerification, verifyEmail → "signUp"        (IP)
 *   requestPasswordReset                   → "passwordReset" (IP + email)
 *   resetPassword, confirmEmailChange      → "passwordReset" (IP; both consume a credential link)
 *   requestMagicLink                       → "magicLink"     (IP + email)
 * Flows that mail someone answer { status: "accepted" } whether or not the address has an account.
 */
export const authRouter = router({
  signUp: publicProcedure
    .input(z.object({ email, password, name: z.string().trim().max(200).optional(), locale: z.enum(["en", "de"]).optional() }))
    .mutation(async ({ ctx, input }) => {
      await limitAttempt(ctx, "signUp", input.email);
      return accountsFor(ctx).signUp({ ...input, tenantId: ctx.tenantId });
    }),

  verifyEmail: publicProcedure.input(z.object({ token })).mutation(async ({ ctx, input }) => {
    await limitAttempt(ctx, "signUp");
    await accountsFor(ctx).verifyEmail({ tenantId: ctx.tenantId, token: input.token });
    // The user id stays server-side: a link holder learns only that the address is now verified.
    return { status: "verified" as const };
  }),

  resendVerification: publicProcedure.input(z.object({ email })).mutation(async ({ ctx, input }) => {
    await limitAttempt(ctx, "signUp", input.email);
    return accountsFor(ctx).resendVerification({ tenantId: ctx.tenantId, email: input.email });
  }),

  requestPasswordReset: publicProcedure.input(z.object({ email })).mutation(async ({ ctx, input }) => {
    await limitAttempt(ctx, "passwordReset", input.email);
    return accountsFor(ctx).requestPasswordReset({ tenantId: ctx.tenantId, email: input.email });
  }),

  /** Ends every session of the account; the page sends the user to sign in with the new password. */
  resetPassword: publicProcedure.input(z.object({ token, password })).mutation(async ({ ctx, input }) => {
    await limitAttempt(ctx, "passwordReset");
    await accountsFor(ctx).resetPassword({ tenantId: ctx.tenantId, token: input.token, newPassword: input.password });
    return { status: "reset" as const };
  }),

  requestMagicLink: publicProcedure.input(z.object({ email })).mutation(async ({ ctx, input }) => {
    await limitAttempt(ctx, "magicLink", input.email);
    return accountsFor(ctx).requestMagicLink({ tenantId: ctx.tenantId, email: input.email });
  }),

  /** Followed from the mail sent to the NEW address; works without being signed in (another browser). */
  confirmEmailChange: publicProcedure.input(z.object({ token })).mutation(async ({ ctx, input }) => {
    await limitAttempt(ctx, "passwordReset");
    await accountsFor(ctx).confirmEmailChange({ tenantId: ctx.tenantId, token: input.token });
    return { status: "changed" as const };
  }),
});
