import type { MailTemplate } from "@tillbox/core";

/** The words of one template in one locale. `{name}`-style placeholders are filled from `data`. */
export interface TemplateCopy {
  subject: string;
  paragraphs: readonly string[];
  /** Label of the link to `data.url`; only templates that carry a link have one. */
  action?: string;
}

export interface LocaleCatalogue {
  /** `named` when data.name is non-empty, else `anonymous` (the name is optional in every template). */
  greeting: { named: string; anonymous: string };
  /** First paragraph of an operator's copy of a customer's mail (data.copyOf: the customer's address). */
  copyNotice: string;
  /** Shown under the button in HTML, for clients that do not render it. */
  linkFallback: string;
  signature: string;
  templates: Record<MailTemplate, TemplateCopy>;
}

/**
 * The data each template requires (a paragraph naming an optional placeholder, see
 * optionalPlaceholders, is left out when that value is missing). `name` is optional everywhere (greeting falls back);
 * `url` is the link the recipient must follow (see packages/core/src/identity/mailer.ts);
 * account-exists also offers `resetUrl` (forgot password). Every `…url`/`…Url` value must be http(s).
 */
export const templatePlaceholders: Record<MailTemplate, readonly string[]> = {
  "verify-email": ["url"],
  "reset-password": ["url"],
  "magic-link": ["url"],
  "change-email": ["url"],
  "account-exists": ["url", "resetUrl"],
  "email-changed": [],
  "account-deleted": [],
  "payment-failed": ["planName", "amount", "retryDate", "url"],
  "subscription-unpaid": ["planName", "amount", "url"],
  "subscription-canceled-nonpayment": ["planName", "amount", "url"],
  "subscription-invoice": ["planName", "invoiceNumber", "amount", "dueDate", "url"],
  "receipt-purchase": ["invoiceNumber", "amount", "items", "url"],
  "receipt-renewal": ["invoiceNumber", "amount", "items", "url"],
  "receipt-plan-change": ["invoiceNumber", "amount", "items", "url"],
  "receipt-refund": ["invoiceNumber", "amount", "items", "url"],
  "plan-change-scheduled": ["planName", "currentPlanName", "date", "url"],
};

/** Data a template may carry: each paragraph that names one is shown only when it is given. */
export const optionalPlaceholders: Partial<Record<MailTemplate, readonly string[]>> = {
  "receipt-purchase": ["tax"],
  "receipt-renewal": ["tax"],
  "receipt-plan-change": ["tax"],
  "receipt-refund": ["creditNoteNumber", "creditNoteUrl"],
};

export const mailTemplates = Object.keys(templatePlaceholders) as MailTemplate[];
