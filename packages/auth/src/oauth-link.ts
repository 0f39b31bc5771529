import { ensureBuiltinRoles, loadSessionUser, normaliseEmail, recordAudit, type SessionUser } from "@tillbox/core";
import type { Db } from "@tillbox/db";

/**
 * GitHub's profile email may be unverified or hidden; only /user/emails says which addresses
 * GitHub verified. We trust the primary verified one and nothing else.
 */
export async function githubVerifiedEmail(accessToken: string, fetchImpl: typeof fetch = fetch): Promise<string | null> {
  const response = await fetchImpl("https://api.github.com/user/emails", {
    headers: { Authorization: `Bearer ${accessToken}`, Accept: "application/vnd.github+json", "User-Agent": "tillbox" },
  });
  if (!response.ok) return null;
  const emails = (await response.json()) as { email: string; primary: boolean; verified: boolean }[];
  return emails.find((entry) => entry.primary && entry.verified)?.email ?? null;
}

/**
 * Signs in an OAuth user by verified email: an existing active account of the tenant is linked
 * (and its address counts as verified: the provider proved control of it); an unknown address
 * gets a new "user" account without a password. Suspended/deleted accounts are refused (null).
 */
export async function linkOAuthUser(
  db: Db,
  input: { tenantId: string; email: string; name?: string | null; provider: string; allScopes: readonly string[] },
): Promise<SessionUser | null> {
  const email = normaliseEmail(input.email);
  const now = new Date();
  const userId = await db.$transaction(async (tx) => {
    const existing = await tx.user.findUnique({ where: { tenantId_email: { tenantId: input.tenantId, email } } });
    if (existing) {
      if (existing.status !== "active") return null;
      await tx.user.update({ where: { id: existing.id }, data: { lastLoginAt: now, emailVerifiedAt: existing.emailVerifiedAt ?? now } });
      return existing.id;
    }
    await ensureBuiltinRoles(tx, input.tenantId, input.allScopes);
    const role = await tx.role.findFirstOrThrow({ where: { tenantId: input.tenantId, key: "user" } });
    const created = await tx.user.create({
      data: { tenantId: input.tenantId, email, name: input.name ?? null, emailVerifiedAt: now, lastLoginAt: now, roles: { create: { roleId: role.id } } },
    });
    await recordAudit(tx, {
      tenantId: input.tenantId,
      actorId: created.id,
      action: "user.oauth_sign_up",
      targetType: "user",
      targetId: created.id,
      data: { provider: input.provider },
    });
    return created.id;
  });
  return userId ? loadSessionUser(db, userId) : null;
}
