import type { DbOrTx } from "@tillbox/db";

/** What a sign-in hands to the session layer (packages/auth turns it into JWT claims). Never the hash. */
export interface SessionUser {
  id: string;
  tenantId: string;
  email: string;
  name: string | null;
  locale: string;
  sessionVersion: number;
  roles: string[];
}

export async function loadSessionUser(db: DbOrTx, userId: string): Promise<SessionUser> {
  const user = await db.user.findUniqueOrThrow({
    where: { id: userId },
    include: { roles: { include: { role: { select: { key: true } } } } },
  });
  return {
    id: user.id,
    tenantId: user.tenantId,
    email: user.email,
    name: user.name,
    locale: user.locale,
    sessionVersion: user.sessionVersion,
    roles: user.roles.map((assignment) => assignment.role.key).sort(),
  };
}
