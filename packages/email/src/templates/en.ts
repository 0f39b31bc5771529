import type { LocaleCatalogue } from "./types";

export const en: LocaleCatalogue = {
  greeting: { named: "Hello {name},", anonymous: "Hello," },
  copyNotice: "A copy of the email sent to {copyOf}.",
  linkFallback: "If the button does not work, copy this link into your browser:",
  signature: "— The Tillbox team",
  templates: {
    "verify-email": {
      subject: "Confirm your email address",
      paragraphs: ["Please confirm your email address to finish setting up your account.", "If you did not sign up, ignore this email."],
      action: "Confirm email address",
    },
    "reset-password": {
      subject: "Reset your password",
      paragraphs: [
        "Someone asked to reset the password of your account. Choose a new password with the link below.",
        "The link works once and expires soon. If it was not you, ignore this email: your password stays unchanged.",
      ],
      action: "Choose a new password",
    },
    "magic-link": {
      subject: "Your sign-in link",
      paragraphs: ["Use the link below to sign in. It works once and expires soon.", "If you did not ask for it, ignore this email."],
      action: "Sign in",
    },
    "change-email": {
      subject: "Confirm your new email address",
      paragraphs: ["Please confirm that this is the new email address of your account.", "Until you confirm, your old address stays in use."],
      action: "Confirm new address",
    },
    "account-exists": {
      subject: "You already have an account",
      paragraphs: [
        "Someone tried to sign up with this email address, but an account already exists for it.",
        "If it was you, sign in instead. Forgot your password? Choose a new one here: {resetUrl}",
        "If it was not you, ignore this email.",
      ],
      action: "Sign in",
    },
    "email-changed": {
      subject: "Your email address was changed",
      paragraphs: [
        "The email address of your account was just changed, and this address is no longer used to sign in.",
        "If you did not make this change, contact support right away.",
      ],
    },
    "account-deleted": {
      subject: "Your account was deleted",
      paragraphs: ["Your account has been deleted as requested. We are sorry to see you go.", "If you did not ask for this, contact support right away."],
    },
    "payment-failed": {
      subject: "Your payment for {planName} failed",
      paragraphs: [
        "We could not collect {amount} for your {planName} subscription.",
        "We will try again on {retryDate}. To avoid an interruption, check or update your payment method before then.",
      ],
      action: "Update payment method",
    },
    "subscription-unpaid": {
      subject: "Your {planName} subscription is unpaid",
      paragraphs: [
        "We tried several times but could not collect {amount} for your {planName} subscription, so it is now unpaid and its features are paused.",
        "Pay the open invoice to continue where you left off.",
      ],
      action: "Pay the invoice",
    },
    "subscription-canceled-nonpayment": {
      subject: "Your {planName} subscription was canceled",
      paragraphs: [
        "We tried several times but could not collect {amount} for your {planName} subscription, so it has been canceled.",
        "You can subscribe again at any time.",
      ],
      action: "Choose a plan",
    },
    "subscription-invoice": {
      subject: "Invoice {invoiceNumber} for {planName}",
      paragraphs: ["Your invoice {invoiceNumber} for {planName} over {amount} is ready.", "Please pay it by {dueDate}."],
      action: "View and pay the invoice",
    },
    "receipt-purchase": {
      subject: "Your receipt for invoice {invoiceNumber}",
      paragraphs: ["Thank you for your purchase. This is your receipt for invoice {invoiceNumber}.", "{items}", "Total paid: {amount}", "Tax included: {tax}"],
      action: "View the invoice (PDF)",
    },
    "receipt-renewal": {
      subject: "Your subscription was renewed: receipt for invoice {invoiceNumber}",
      paragraphs: [
        "Your subscription was renewed and we received your payment. This is your receipt for invoice {invoiceNumber}.",
        "{items}",
        "Total paid: {amount}",
        "Tax included: {tax}",
      ],
      action: "View the invoice (PDF)",
    },
    "receipt-plan-change": {
      subject: "Your plan change: receipt for invoice {invoiceNumber}",
      paragraphs: ["Your plan change is paid. This is your receipt for invoice {invoiceNumber}.", "{items}", "Total paid: {amount}", "Tax included: {tax}"],
      action: "View the invoice (PDF)",
    },
    "receipt-refund": {
      subject: "Your refund of {amount} for invoice {invoiceNumber}",
      paragraphs: [
        "We refunded {amount} of your payment for invoice {invoiceNumber}. Depending on your bank or card issuer, it can take 5 to 10 business days to show on your statement.",
        "The invoice covered:\n{items}",
        "Credit note {creditNoteNumber}: {creditNoteUrl}",
      ],
      action: "View the invoice (PDF)",
    },
    "plan-change-scheduled": {
      subject: "Your plan changes to {planName} on {date}",
      paragraphs: [
        "Your subscription changes from {currentPlanName} to {planName} on {date}, at the end of the current billing period. Until then, everything in {currentPlanName} stays available.",
        "Your billing page shows the change at any time.",
      ],
      action: "View your subscription",
    },
  },
};
