import { z } from "zod";
import { defineEvent, type EventDefinition } from "./define-event";

const slug = z.string().min(1);

/** Events the core emits itself. Plugins add `<slug>/<entity>.<pastVerb>` events in their manifest. */
export const coreEvents = {
  pluginEnabled: defineEvent("plugin.enabled", z.object({ slug }), "An operator enabled an installed plugin."),
  pluginDisabled: defineEvent("plugin.disabled", z.object({ slug }), "An operator disabled a plugin; its data stays."),
  pluginSettingsUpdated: defineEvent("plugin.settings_updated", z.object({ slug }), "A plugin's settings were validated and saved."),
  pluginFailed: defineEvent("plugin.failed", z.object({ slug, error: z.string() }), "A plugin's enable hook threw; the plugin is in the error state."),
  // Identity (accounts). Payloads carry ids, never raw emails or passwords: the outbox is not a PII store.
  userSignedUp: defineEvent(
    "user.signed_up",
    z.object({ userId: z.string(), method: z.enum(["password", "magic_link"]) }),
    "A new account was created; its email is not verified yet.",
  ),
  userEmailVerified: defineEvent("user.email_verified", z.object({ userId: z.string() }), "A user proved they own their email address."),
  userPasswordChanged: defineEvent(
    "user.password_changed",
    z.object({ userId: z.string(), via: z.enum(["change", "reset"]) }),
    "A user changed or reset their password; all their sessions were signed out.",
  ),
  userEmailChanged: defineEvent("user.email_changed", z.object({ userId: z.string() }), "A user confirmed a new email address."),
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
  // Billing: invoices and payments. Ids and integer minor-unit amounts only, never card data or addresses.
  invoiceFinalized: defineEvent(
    "invoice.finalized",
    z.object({ invoiceId: z.string(), userId: z.string(), number: z.string(), total: z.number().int(), currency: z.string(), billingReason: z.string() }),
    "An invoice left draft: it has its gap-free number and frozen customer and seller details.",
  ),
  invoicePaid: defineEvent(
    "invoice.paid",
    z.object({
      invoiceId: z.string(),
      userId: z.string(),
      number: z.string(),
      amountPaid: z.number().int(),
      currency: z.string(),
      subscriptionId: z.string().nullable(),
    }),
    "An invoice was paid (captured payment, zero total or marked paid); its purchases were fulfilled in the same transaction.",
  ),
  invoiceVoided: defineEvent(
    "invoice.voided",
    z.object({ invoiceId: z.string(), userId: z.string(), number: z.string().nullable() }),
    "An unpaid invoice was voided; it will never be collected.",
  ),
  invoiceMarkedUncollectible: defineEvent(
    "invoice.marked_uncollectible",
    z.object({ invoiceId: z.string(), userId: z.string(), number: z.string().nullable(), total: z.number().int(), currency: z.string() }),
    "An open invoice was written off as uncollectible; it can still be paid later.",
  ),
  paymentCaptured: defineEvent(
    "payment.captured",
    z.object({ paymentId: z.string(), invoiceId: z.string(), provider: z.string(), amount: z.number().int(), currency: z.string() }),
    "A provider captured a payment (or an operator recorded one paid out of band).",
  ),
  paymentFailed: defineEvent(
    "payment.failed",
    z.object({
      paymentId: z.string(),
      invoiceId: z.string(),
      subscriptionId: z.string().nullable(),
      billingReason: z.string(),
      provider: z.string(),
      amount: z.number().int(),
      currency: z.string(),
      failureCode: z.string().nullable(),
    }),
    "A payment attempt failed or was declined; subscriptions react to it (past_due, dunning).",
  ),
  paymentRefunded: defineEvent(
    "payment.refunded",
    z.object({
      paymentId: z.string(),
      invoiceId: z.string(),
      refundId: z.string(),
      amount: z.number().int(),
      amountRefunded: z.number().int(),
      currency: z.string(),
    }),
    "All or part of a captured payment was refunded through its original provider.",
  ),
  refundFailed: defineEvent(
    "refund.failed",
    z.object({
      refundId: z.string(),
      paymentId: z.string(),
      invoiceId: z.string(),
      provider: z.string(),
      amount: z.number().int(),
      amountRefunded: z.number().int(),
      currency: z.string(),
      creditNoteId: z.string().nullable(),
      tokensRestored: z.number().int(),
    }),
    "A refund the provider had accepted as pending failed or was canceled there: the amount counts as paid again, its credit note is void, clawed-back tokens are re-credited.",
  ),
  paymentIssueOpened: defineEvent(
    "payment_issue.opened",
    z.object({
      issueId: z.string(),
      kind: z.string(),
      invoiceId: z.string(),
      paymentId: z.string(),
      userId: z.string(),
      amount: z.number().int(),
      currency: z.string(),
      message: z.string(),
    }),
    "A provider took money that billing could not turn into what it bought (fulfilment failed, void invoice, paid twice, amount differs): the payment is recorded and an operator must act.",
  ),
  paymentIssueResolved: defineEvent(
    "payment_issue.resolved",
    z.object({ issueId: z.string(), kind: z.string(), invoiceId: z.string(), paymentId: z.string(), resolution: z.string() }),
    "A payment issue was settled: fulfilled on retry, refunded, or dismissed by an operator.",
  ),
  creditNoteCreated: defineEvent(
    "credit_note.created",
    z.object({
      creditNoteId: z.string(),
      invoiceId: z.string(),
      number: z.string(),
      amount: z.number().int(),
      taxAmount: z.number().int(),
      currency: z.string(),
    }),
    "A credit note was issued against an invoice (a refund).",
  ),
  // Billing: subscriptions. Ids, statuses, ISO times and integer minor-unit amounts only.
  subscriptionCreated: defineEvent(
    "subscription.created",
    z.object({ subscriptionId: z.string(), userId: z.string(), planId: z.string(), status: z.string() }),
    "A subscription was created by a checkout: incomplete until its first invoice is paid, or trialing.",
  ),
  subscriptionUpdated: defineEvent(
    "subscription.updated",
    z.object({
      subscriptionId: z.string(),
      userId: z.string(),
      planId: z.string(),
      status: z.string(),
      previousStatus: z.string(),
      reason: z.string(),
    }),
    "A subscription changed: status (e.g. incomplete → active), plan, scheduled change or cancel_at_period_end.",
  ),
  subscriptionScheduledChangeCanceled: defineEvent(
    "subscription.scheduled_change_canceled",
    z.object({ subscriptionId: z.string(), userId: z.string(), planId: z.string(), canceledPlanId: z.string(), periodEnd: z.string() }),
    "A plan change scheduled for the period end was canceled (like releasing a Stripe subscription schedule): the subscription renews on planId.",
  ),
  subscriptionTrialWillEnd: defineEvent(
    "subscription.trial_will_end",
    z.object({ subscriptionId: z.string(), userId: z.string(), trialEnd: z.string() }),
    "A trial ends in trialReminderDays (3 by default), or sooner for shorter trials; sent once per subscription.",
  ),
  subscriptionRenewed: defineEvent(
    "subscription.renewed",
    z.object({
      subscriptionId: z.string(),
      userId: z.string(),
      planId: z.string(),
      invoiceId: z.string().nullable(),
      periodStart: z.string(),
      periodEnd: z.string(),
      amount: z.number().int(),
      currency: z.string(),
    }),
    "A new billing period began and its renewal invoice was created (payment may still fail).",
  ),
  subscriptionPastDue: defineEvent(
    "subscription.past_due",
    z.object({
      subscriptionId: z.string(),
      userId: z.string(),
      invoiceId: z.string().nullable(),
      attempt: z.number().int(),
      nextRetryAt: z.string().nullable(),
    }),
    "Collecting a subscription invoice failed; dunning retries it on the tenant's schedule.",
  ),
  subscriptionCanceled: defineEvent(
    "subscription.canceled",
    z.object({ subscriptionId: z.string(), userId: z.string(), planId: z.string(), previousStatus: z.string(), reason: z.string() }),
    "A subscription ended: canceled now, at its period end, or when dunning ran out.",
  ),
  subscriptionPaused: defineEvent(
    "subscription.paused",
    z.object({ subscriptionId: z.string(), userId: z.string(), planId: z.string() }),
    "Collection was paused: no renewals, invoices or grants until it is resumed.",
  ),
  subscriptionResumed: defineEvent(
    "subscription.resumed",
    z.object({ subscriptionId: z.string(), userId: z.string(), planId: z.string(), periodEnd: z.string() }),
    "A paused subscription is active again; billing continues at the end of the current period.",
  ),
  // Billing: wallet. Emitted in the transaction that writes the ledger entry; amount is positive, kind says why.
  tokensCredited: defineEvent(
    "tokens.credited",
    z.object({
      userId: z.string(),
      walletId: z.string(),
      entryId: z.string(),
      kind: z.string(),
      amount: z.number().int().positive(),
      balance: z.number().int().nonnegative(),
      feature: z.string().nullable(),
      reference: z.string().nullable(),
    }),
    "Tokens were added to a wallet (purchase, grant, refund, adjustment or transfer in).",
  ),
  tokensDebited: defineEvent(
    "tokens.debited",
    z.object({
      userId: z.string(),
      walletId: z.string(),
      entryId: z.string(),
      kind: z.string(),
      amount: z.number().int().positive(),
      balance: z.number().int().nonnegative(),
      feature: z.string().nullable(),
      reference: z.string().nullable(),
    }),
    "Tokens were taken from a wallet (usage, adjustment, refund, transfer out or grant expiry).",
  ),
} as const;

export const coreEventCatalogue: EventDefinition[] = Object.values(coreEvents);
