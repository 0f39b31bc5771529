import { describe, expect, it } from "vitest";
import { failureMessage, nextStep } from "./checkout-outcome";

describe("nextStep", () => {
  it("follows the provider's page, reports failures and treats paid or pending as done", () => {
    const url = "https://provider.example/pay?payment=pay_1";
    expect(nextStep({ status: "requires_action", nextActionUrl: url, failureCode: null })).toEqual({ kind: "redirect", url });
    expect(nextStep({ status: "failed", nextActionUrl: null, failureCode: "card_declined" })).toEqual({
      kind: "failed",
      message: "Your card was declined. Nothing was charged.",
    });
    expect(nextStep({ status: "paid", nextActionUrl: null, failureCode: null })).toEqual({ kind: "done" });
    expect(nextStep({ status: "pending", nextActionUrl: null, failureCode: null })).toEqual({ kind: "done" });
  });

  it("names unknown failure codes in words", () => {
    expect(failureMessage("processing_error")).toBe("The payment failed (processing error). Nothing was charged.");
    expect(failureMessage(null)).toBe("The payment failed. Nothing was charged.");
  });
});
