import { DomainError, type Db } from "@tillbox/plugin-sdk";
import { cardByNumber, chargeOutcome } from "./cards";
import { toProviderResult } from "./records";

/** The customer's own sandbox payment; anyone else's (or another tenant's) is NOT_FOUND. */
export async function ownSandboxPayment(db: Db, userId: string, paymentId: string) {
  const row = await db.paymentsSandboxPayment.findUnique({ where: { id: paymentId } });
  if (!row || row.userId !== userId) throw new DomainError("SANDBOX_PAYMENT_NOT_FOUND", "No such sandbox payment.", "NOT_FOUND");
  return row;
}

/**
 * The hosted card form: the customer enters a test card for a payment created without one.
 * Only changes the sandbox's own record; the page then calls the checkout capture, which
 * reconciles our payment against it (retrieve/capture), exactly like a real provider return.
 */
export async function submitCard(db: Db, userId: string, input: { paymentId: string; cardNumber: string }) {
  // Ownership first: someone else's payment id is NOT_FOUND whatever card is sent.
  const row = await ownSandboxPayment(db, userId, input.paymentId);
  const card = cardByNumber(input.cardNumber);
  if (!card) throw new DomainError("SANDBOX_UNKNOWN_CARD", "cardNumber: not a sandbox test card (see the list of test cards).");
  if (row.status !== "awaiting_card") {
    throw new DomainError("SANDBOX_PAYMENT_NOT_AWAITING_CARD", `This payment is ${row.status}; a card can only be entered once.`, "CONFLICT");
  }
  const outcome = chargeOutcome(card, { saved: false, offSession: false });
  const changes = { status: outcome.status, cardLast4: card.last4, failureCode: outcome.failureCode, failureMessage: outcome.failureMessage };
  // Guarded on the status read above: only one card wins, so the row is exactly `row` plus `changes`.
  const updated = await db.paymentsSandboxPayment.updateMany({ where: { id: row.id, status: "awaiting_card" }, data: changes });
  if (updated.count === 0) throw new DomainError("SANDBOX_PAYMENT_NOT_AWAITING_CARD", "A card was entered for this payment meanwhile.", "CONFLICT");
  return toProviderResult({ ...row, ...changes });
}

/** The "Fail authentication" button of the 3-D Secure page. ("Complete" goes through capture.) */
export async function failChallenge(db: Db, userId: string, paymentId: string) {
  const row = await ownSandboxPayment(db, userId, paymentId);
  const updated = await db.paymentsSandboxPayment.updateMany({
    where: { id: row.id, status: "requires_action" },
    data: { status: "failed", failureCode: "authentication_failed", failureMessage: "The customer failed 3-D Secure authentication." },
  });
  if (updated.count === 0)
    throw new DomainError("SANDBOX_PAYMENT_NOT_REQUIRING_ACTION", `This payment is ${row.status}; there is no challenge to fail.`, "CONFLICT");
  return toProviderResult(await ownSandboxPayment(db, userId, row.id));
}
