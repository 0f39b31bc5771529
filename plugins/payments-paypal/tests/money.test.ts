import { describe, expect, it } from "vitest";
import { fromPaypalValue, toPaypalValue } from "../server/money";

describe("PayPal amounts", () => {
  it("turns minor units into PayPal's decimal strings by the currency exponent", () => {
    expect(toPaypalValue(2_900, "EUR")).toBe("29.00");
    expect(toPaypalValue(5, "usd")).toBe("0.05");
    expect(toPaypalValue(0, "EUR")).toBe("0.00");
    expect(toPaypalValue(1_999_999_999, "EUR")).toBe("19999999.99");
    expect(toPaypalValue(5_000, "JPY")).toBe("5000");
    expect(toPaypalValue(1_234, "KWD")).toBe("1.234");
  });

  it("sends HUF and TWD as whole units, refusing amounts with a fraction", () => {
    expect(toPaypalValue(150_000, "HUF")).toBe("1500");
    expect(toPaypalValue(9_900, "TWD")).toBe("99");
    expect(() => toPaypalValue(150_050, "HUF")).toThrow(/whole HUF/);
  });

  it("parses PayPal values back into minor units, exactly", () => {
    expect(fromPaypalValue("29.00", "EUR")).toBe(2_900);
    expect(fromPaypalValue("0.1", "EUR")).toBe(10);
    expect(fromPaypalValue("5000", "JPY")).toBe(5_000);
    expect(fromPaypalValue("1500", "HUF")).toBe(150_000);
    expect(fromPaypalValue("19999999.99", "EUR")).toBe(1_999_999_999);
    expect(() => fromPaypalValue("1.5", "JPY")).toThrow(/decimals/);
    expect(() => fromPaypalValue("-1.00", "EUR")).toThrow(/Not a PayPal amount/);
  });

  it("round-trips every amount up to 10 000.00 in EUR and JPY", () => {
    const wrong: string[] = [];
    for (let amount = 0; amount <= 1_000_000; amount += 7) {
      for (const currency of ["EUR", "JPY"]) {
        if (fromPaypalValue(toPaypalValue(amount, currency), currency) !== amount) wrong.push(`${amount} ${currency}`);
      }
    }
    expect(wrong).toEqual([]);
  });
});
