import { nextStep } from "./checkout-outcome";
import { rememberPendingPayment } from "./pending-payment";

interface PaymentAnswer {
  status: string;
  nextActionUrl: string | null;
  failureCode: string | null;
  invoiceId: string;
  paymentId: string | null;
}

/**
 * What checkout and "Pay now" do with the server's answer: leave for the provider's page (noting
 * the payment, so the return page knows what to capture), or report why it failed. True when the
 * payment is settled here and the caller shows the result.
 */
export function followOutcome(answer: PaymentAnswer, onFailed: (message: string) => void): boolean {
  const step = nextStep(answer);
  if (step.kind === "failed") {
    onFailed(step.message);
    return false;
  }
  if (step.kind === "redirect") {
    rememberPendingPayment({ invoiceId: answer.invoiceId, paymentId: answer.paymentId });
    window.location.assign(step.url);
    return false;
  }
  return true;
}
