import { appRouter, createRequestContext } from "@tillbox/api";
import { getDb } from "@tillbox/db";
import { headers } from "next/headers";
import { auth } from "~/auth";
import type { Access } from "./access";

export interface Viewer {
  userId: string;
  name: string | null;
  email: string;
  /** roles.mine for this user, computed on the server so the first paint is already gated. */
  access: Access;
  /** Set while this back-office session acts as another user. */
  impersonation: { adminName: string | null } | null;
}

/**
 * The signed-in back-office user, or null (the layout then redirects to /sign-in, and the sign-in
 * page shows its form: both use this, so they can't bounce a browser between each other).
 */
export async function loadViewer(): Promise<Viewer | null> {
  const session = await auth();
  const claims = session?.claims;
  if (!claims) return null;
  const db = getDb();
  // The same resolution as /api/trpc (tenant from the host, session re-validated, impersonation
  // carried), so the page gates exactly like the API answers.
  const context = await createRequestContext({ headers: await headers(), db, session });
  // A session of another tenant (host) or one that just went stale acts as nobody here.
  if (context.actor.kind !== "user") return null;
  const caller = appRouter.createCaller(context);
  const [access, admin] = await Promise.all([
    caller.roles.mine(),
    claims.imp ? db.user.findFirst({ where: { id: claims.imp.adminId, tenantId: claims.tid }, select: { name: true, email: true } }) : null,
  ]);
  return {
    userId: claims.sub,
    name: session.user?.name ?? null,
    email: session.user?.email ?? "",
    access,
    impersonation: claims.imp ? { adminName: admin ? (admin.name ?? admin.email) : null } : null,
  };
}

/** Any scope at all opens the back-office; customers (the "user" role) hold none. */
export function hasBackOfficeAccess(viewer: Viewer): boolean {
  return viewer.access.scopes.length > 0;
}
