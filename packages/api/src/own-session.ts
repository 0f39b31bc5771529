import { DomainError, refuseWhileImpersonated } from "@tillbox/core";
import { middleware } from "@tillbox/trpc";

/**
 * For procedures that create a way into the account (an API key, a password, an email address) or
 * end the owner's own (keys, sessions, the account): only the owner, signed in as themselves. Not
 * an API key (a leaked key must neither mint successors that outlive its revocation nor lock the
 * owner out), not an admin impersonating the user (IMPERSONATION_FORBIDDEN: support may look and
 * help, but what they made would outlive the impersonation).
 */
export function ownSession(action: string) {
  return middleware(({ ctx, next }) => {
    if (ctx.actor.kind !== "user") {
      throw new DomainError("SESSION_REQUIRED", `${action} needs your own signed-in session; API keys can't.`, "FORBIDDEN");
    }
    refuseWhileImpersonated(ctx.actor, action);
    return next();
  });
}
