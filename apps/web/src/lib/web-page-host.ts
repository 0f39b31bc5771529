import { appRouter, createRequestContext } from "@tillbox/api";
import { registerWebPageHost } from "@tillbox/plugin-sdk/web";
import { headers } from "next/headers";
import { auth } from "~/auth";

/**
 * Lends plugin pages (zone web.page) this request's caller and session through the SDK, so a
 * plugin never imports the portal. The same resolution as /api/trpc: session re-validated,
 * tenant from the host, disabled plugins refused.
 */
registerWebPageHost({
  async createCaller() {
    const context = await createRequestContext({ headers: await headers(), session: await auth() });
    return appRouter.createCaller(context);
  },
  async signedInUserId() {
    const session = await auth();
    return session?.claims?.sub ?? null;
  },
  signInUrl: (returnTo) => `/auth/sign-in?callbackUrl=${encodeURIComponent(returnTo)}`,
});
