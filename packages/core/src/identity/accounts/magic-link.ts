import { authPaths, clock, deliver, invalidToken, link, normaliseEmail, type AccountsContext } from "./context";
import { loadSessionUser, type SessionUser } from "./session-user";
import { accepted, type Accepted } from "./sign-up";
import { issueToken } from "./tokens";
import { consumeAndVerify } from "./verified-token";

/**
 * Mails a sign-in link (15 min, single use) to existing active accounts only; every address gets
 * the same answer. Magic links never create accounts: sign-up stays the one door in.
 */
export async function requestMagicLink(ctx: AccountsContext, input: { tenantId: string; email: string }): Promise<Accepted> {
  const email = normaliseEmail(input.email);
  const user = await ctx.db.user.findUnique({ where: { tenantId_email: { tenantId: input.tenantId, email } } });
  if (!user || user.status !== "active") return accepted();
  const now = clock(ctx);
  const token = await ctx.db.$transaction((tx) => issueToken(tx, { tenantId: input.tenantId, userId: user.id, purpose: "magic_link", now }));
  await deliver(ctx, {
    to: user.email,
    template: "magic-link",
    locale: user.locale,
    data: { url: link(ctx, authPaths.magicLink, token), name: user.name ?? "" },
  });
  return accepted();
}

/**
 * Signs in from a magic link and marks the address verified. A password lockout does not block it:
 * the lock guards against password guessing, and this proves control of the mailbox instead.
 */
export async function consumeMagicLink(ctx: AccountsContext, input: { tenantId: string; token: string }): Promise<SessionUser> {
  const now = clock(ctx);
  return ctx.db.$transaction(async (tx) => {
    const user = await consumeAndVerify(tx, { tenantId: input.tenantId, purpose: "magic_link", token: input.token, now });
    if (!user) throw invalidToken();
    await tx.user.update({ where: { id: user.id }, data: { lastLoginAt: now } });
    return loadSessionUser(tx, user.id);
  });
}
