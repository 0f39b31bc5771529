import { describe, expect, it } from "vitest";
import { cardByMethodId, cardByNumber, chargeOutcome, methodIdOf, TEST_CARDS } from "../server/cards";

describe("sandbox test cards", () => {
  it("recognises the documented numbers with spaces or dashes", () => {
    expect(cardByNumber("4242 4242 4242 4242")?.behaviour).toBe("succeeds");
    expect(cardByNumber("4000-0000-0000-0002")?.behaviour).toBe("declines");
    expect(cardByNumber("4000 0027 6000 3184")?.behaviour).toBe("requires_action");
    expect(cardByNumber("4000 0000 0000 0341")?.behaviour).toBe("declines_when_saved");
    expect(cardByNumber("4111 1111 1111 1111")).toBeUndefined();
  });

  it("has one saved-method token per card and customer, and reads the card back from either form", () => {
    const ids = TEST_CARDS.map((card) => methodIdOf(card));
    expect(ids).toEqual(["sbx_pm_4242", "sbx_pm_0002", "sbx_pm_3184", "sbx_pm_0341"]);
    const userId = "5b0c7a52-0000-4000-8000-000000000001";
    expect(methodIdOf(TEST_CARDS[0]!, userId)).toBe(`sbx_pm_4242_${userId}`);
    expect(methodIdOf(TEST_CARDS[0]!, userId)).not.toBe(methodIdOf(TEST_CARDS[0]!, "another-user"));
    for (const card of TEST_CARDS) {
      expect(cardByMethodId(methodIdOf(card))).toBe(card);
      expect(cardByMethodId(methodIdOf(card, userId))).toBe(card);
    }
    expect(cardByMethodId("sbx_pm_9999_x")).toBeUndefined();
    expect(cardByMethodId("pm_card_visa")).toBeUndefined();
  });

  it("decides outcomes on-session, saved and off-session", () => {
    const card = (number: string) => cardByNumber(number)!;
    const on = { saved: false, offSession: false };
    const renewal = { saved: true, offSession: true };
    expect(chargeOutcome(card("4242424242424242"), renewal).status).toBe("succeeded");
    expect(chargeOutcome(card("4000000000000002"), on)).toMatchObject({ status: "failed", failureCode: "card_declined" });
    expect(chargeOutcome(card("4000002760003184"), on)).toMatchObject({ status: "requires_action", failureCode: null });
    expect(chargeOutcome(card("4000002760003184"), renewal)).toMatchObject({ status: "requires_action", failureCode: "authentication_required" });
    expect(chargeOutcome(card("4000000000000341"), on).status).toBe("succeeded");
    expect(chargeOutcome(card("4000000000000341"), renewal)).toMatchObject({ status: "failed", failureCode: "card_declined" });
  });
});
