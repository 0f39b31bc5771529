import { DomainError } from "../../errors";

/**
 * Impersonation is "view as" (like Stripe's or Intercom's): support may look and help, but every
 * way into the account stays its owner's. A credential made or changed under impersonation (an API
 * key, a password, an email address) would outlive the impersonation, and revoking or ending the
 * owner's own ways in (keys, sessions, the account) is theirs to decide.
 */
export const IMPERSONATION_FORBIDDEN = "IMPERSONATION_FORBIDDEN";

/** Throws IMPERSONATION_FORBIDDEN (403) when an admin acts as the user; `action` names what was refused. */
export function refuseWhileImpersonated(actor: { impersonatedBy?: string | null }, action: string): void {
  if (!actor.impersonatedBy) return;
  throw new DomainError(
    IMPERSONATION_FORBIDDEN,
    `${action} is not allowed while impersonating: only the account owner can do this. End the impersonation first.`,
    "FORBIDDEN",
  );
}
