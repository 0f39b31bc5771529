import { z } from "zod";
import { defineEvent, type EventDefinition } from "./define-event";

const slug = z.string().min(1);

/** Events the core emits itself. Plugins add `<slug>/<entity>.<pastVerb>` events in their manifest. */
export const coreEvents = {
  pluginEnabled: defineEvent("plugin.enabled", z.object({ slug }), "An operator enabled an installed plugin."),
  pluginDisabled: defineEvent("plugin.disabled", z.object({ slug }), "An operator disabled a plugin; its data stays."),
  pluginSettingsUpdated: defineEvent(
    "plugin.settings_updated",
    z.object({ slug }),
    "A plugin's settings were validated and saved.",
  ),
  pluginFailed: defineEvent(
    "plugin.failed",
    z.object({ slug, error: z.string() }),
    "A plugin's enable hook threw; the plugin is in the error state.",
  ),
  // Identity (accounts). Payloads carry ids, never raw emails or passwords: the outbox is not a PII store.
  userSignedUp: defineEvent(
    "user.signed_up",
    z.object({ userId: z.string(), method: z.enum(["password", "magic_link"]) }),
    "A new account was created; its email is not verified yet.",
  ),
  userEmailVerified: defineEvent(
    "user.email_verified",
    z.object({ userId: z.string() }),
    "A user proved they own their email address.",
  ),
  userPasswordChanged: defineEvent(
    "user.password_changed",
    z.object({ userId: z.string(), via: z.enum(["change", "reset"]) }),
    "A user changed or reset their password; all their sessions were signed out.",
  ),
  userEmailChanged: defineEvent(
    "user.email_changed",
    z.object({ userId: z.string() }),
    "A user confirmed a new email address.",
  ),
  userDeleted: defineEvent(
    "user.deleted",
    z.object({ userId: z.string() }),
    "A user deleted their account; the row is kept anonymised for invoices and legal retention.",
  ),
  securityLoginFailed: defineEvent(
    "security.login.failed",
    z.object({
      userId: z.string().nullable(),
      /** sha256 of the normalised email, to correlate attempts on unknown addresses without storing them. */
      emailHash: z.string(),
      ip: z.string().nullable(),
      reason: z.enum(["unknown_email", "wrong_password", "no_password", "inactive", "locked"]),
    }),
    "A sign-in attempt failed; the client only ever saw a generic error.",
  ),
  securityAccountLocked: defineEvent(
    "security.account.locked",
    z.object({ userId: z.string(), lockedUntil: z.string(), failures: z.number().int() }),
    "Too many failed sign-ins; the account refuses passwords until lockedUntil.",
  ),
} as const;

export const coreEventCatalogue: EventDefinition[] = Object.values(coreEvents);
