import { appRouter, createRequestContext } from "@tillbox/api";
import { headers } from "next/headers";
import { auth } from "~/auth";
import { PortalImpersonationBanner } from "./portal-impersonation-banner";

/**
 * Server side of the portal's impersonation banner, rendered by the root layout on every page.
 * Nothing unless this request acts as a user on an admin's behalf: the same resolution as
 * /api/trpc (session re-validated, tenant from the host), so the banner shows exactly while the
 * API treats the browser as impersonated.
 */
export async function ImpersonationNotice() {
  const session = await auth();
  if (!session?.claims?.imp) return null;
  const context = await createRequestContext({ headers: await headers(), session });
  if (context.actor.kind !== "user" || !context.actor.impersonatedBy) return null;
  const me = await appRouter.createCaller(context).account.me();
  const adminName = me.impersonation ? (me.impersonation.adminName ?? me.impersonation.adminEmail) : null;
  return <PortalImpersonationBanner viewingAs={me.name ?? me.email} adminName={adminName} />;
}
