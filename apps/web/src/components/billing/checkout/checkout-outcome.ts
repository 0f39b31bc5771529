/** What the page does with a checkout, capture or plan-change answer. */
export type NextStep = { kind: "redirect"; url: string } | { kind: "done" } | { kind: "failed"; message: string };

const messages: Record<string, string> = {
  card_declined: "Your card was declined. Nothing was charged.",
  authentication_failed: "The card's authentication failed. Nothing was charged.",
  authentication_required: "Your bank asks you to confirm this payment.",
  insufficient_funds: "The card has insufficient funds. Nothing was charged.",
};

export function failureMessage(code: string | null | undefined): string {
  return (code && messages[code]) ?? `The payment failed${code ? ` (${code.replace(/_/g, " ")})` : ""}. Nothing was charged.`;
}

/**
 * requires_action (3-D Secure, a hosted page) sends the customer to the provider's page; failed
 * and canceled stay here with the reason; paid, succeeded and pending (a bank transfer awaiting
 * the money) are done: the invoice tells the rest.
 */
export function nextStep(result: { status: string; nextActionUrl: string | null; failureCode: string | null }): NextStep {
  if (result.nextActionUrl && (result.status === "requires_action" || result.status === "pending")) return { kind: "redirect", url: result.nextActionUrl };
  if (result.status === "failed" || result.status === "canceled" || result.status === "payment_failed")
    return { kind: "failed", message: failureMessage(result.failureCode) };
  return { kind: "done" };
}
