/**
 * Before the customer leaves for a provider's page (3-D Secure, a test card form, a hosted
 * checkout) we note which invoice it was for, so the page they come back to knows which of our
 * payments to capture. sessionStorage: per tab, gone with it, never sent to a server.
 */
export interface PendingPayment {
  invoiceId: string;
  paymentId: string | null;
}

const KEY = "tillbox.pendingPayment";

export function rememberPendingPayment(pending: PendingPayment): void {
  try {
    sessionStorage.setItem(KEY, JSON.stringify(pending));
  } catch {
    // Storage disabled: the return pages fall back to looking the payment up.
  }
}

export function readPendingPayment(): PendingPayment | null {
  try {
    const parsed = JSON.parse(sessionStorage.getItem(KEY) ?? "null") as Partial<PendingPayment> | null;
    return parsed && typeof parsed.invoiceId === "string"
      ? { invoiceId: parsed.invoiceId, paymentId: typeof parsed.paymentId === "string" ? parsed.paymentId : null }
      : null;
  } catch {
    return null;
  }
}

export function forgetPendingPayment(): void {
  try {
    sessionStorage.removeItem(KEY);
  } catch {
    // Nothing to forget.
  }
}
