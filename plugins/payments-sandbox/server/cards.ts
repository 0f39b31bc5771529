/** The sandbox's test cards, numbered like Stripe's so testers recognise them. */

export type CardBehaviour = "succeeds" | "declines" | "requires_action" | "declines_when_saved";

export interface TestCard {
  number: string;
  brand: string;
  last4: string;
  behaviour: CardBehaviour;
  description: string;
}

export const TEST_CARDS: readonly TestCard[] = [
  { number: "4242424242424242", brand: "visa", last4: "4242", behaviour: "succeeds", description: "Succeeds" },
  { number: "4000000000000002", brand: "visa", last4: "0002", behaviour: "declines", description: "Declined (card_declined)" },
  {
    number: "4000002760003184",
    brand: "visa",
    last4: "3184",
    behaviour: "requires_action",
    description: "Requires 3-D Secure authentication on every payment",
  },
  {
    number: "4000000000000341",
    brand: "visa",
    last4: "0341",
    behaviour: "declines_when_saved",
    description: "First payment succeeds; later charges of the saved card decline (dunning tests)",
  },
];

/**
 * Saved-method tokens: sbx_pm_<last4>, plus _<userId> when saved for a customer. Hosts key saved
 * methods by (provider, token) across all customers, like a real provider's unique ids, so two
 * customers saving the same test card must get different tokens.
 */
export const methodIdOf = (card: TestCard, userId?: string) => (userId ? `sbx_pm_${card.last4}_${userId}` : `sbx_pm_${card.last4}`);

export function cardByNumber(input: string): TestCard | undefined {
  const digits = input.replace(/[\s-]/g, "");
  return TEST_CARDS.find((card) => card.number === digits);
}

export function cardByMethodId(methodId: string): TestCard | undefined {
  const last4 = /^sbx_pm_(\d{4})(?:_[\w-]+)?$/.exec(methodId)?.[1];
  return TEST_CARDS.find((card) => card.last4 === last4);
}

export interface ChargeOutcome {
  status: "succeeded" | "failed" | "requires_action";
  failureCode: string | null;
  failureMessage: string | null;
}

/**
 * What charging `card` does. `saved`: the charge uses a stored method (renewals, retries);
 * `offSession`: the customer is not present, so an authentication challenge cannot be answered
 * now (Stripe reports authentication_required and the customer must come back).
 */
export function chargeOutcome(card: TestCard, options: { saved: boolean; offSession: boolean }): ChargeOutcome {
  const declined: ChargeOutcome = { status: "failed", failureCode: "card_declined", failureMessage: "Your card was declined." };
  switch (card.behaviour) {
    case "succeeds":
      return { status: "succeeded", failureCode: null, failureMessage: null };
    case "declines":
      return declined;
    case "declines_when_saved":
      return options.saved ? declined : { status: "succeeded", failureCode: null, failureMessage: null };
    case "requires_action":
      return options.offSession
        ? {
            status: "requires_action",
            failureCode: "authentication_required",
            failureMessage: "The card requires authentication; ask the customer to confirm the payment.",
          }
        : { status: "requires_action", failureCode: null, failureMessage: null };
  }
}
