import { describe, expect, it } from "vitest";
import {
  currencyExponent,
  divideRounded,
  formatMoney,
  fromMinorUnits,
  isKnownCurrency,
  MAX_AMOUNT,
  roundHalfAwayFromZero,
  toMinorUnits,
  assertAmount,
} from "../../../src/billing/money";

describe("roundHalfAwayFromZero: the one rounding rule", () => {
  it.each([
    [2.5, 3],
    [-2.5, -3],
    [0.5, 1],
    [-0.5, -1],
    [1.4999, 1],
    [-1.4999, -1],
    [1.5000001, 2],
    [3, 3],
    [-3, -3],
    [0.4, 0],
    [-0.4, 0],
  ])("%d → %d", (value, expected) => {
    expect(roundHalfAwayFromZero(value)).toBe(expected);
  });

  it("never returns −0 and refuses non-finite numbers", () => {
    expect(Object.is(roundHalfAwayFromZero(-0.2), 0)).toBe(true);
    expect(() => roundHalfAwayFromZero(Number.NaN)).toThrow(RangeError);
    expect(() => roundHalfAwayFromZero(Number.POSITIVE_INFINITY)).toThrow(RangeError);
  });

  it("divides integers exactly where floats would round the wrong way", () => {
    // 1.005 as a float is 1.00499999…; 1005 / 1000 is exactly 1.005 and rounds up at 2 digits.
    expect(Math.round(1.005 * 100)).toBe(100);
    expect(divideRounded(1005, 10)).toBe(101);
    expect(divideRounded(-1005, 10)).toBe(-101);
    expect(divideRounded(1004, 10)).toBe(100);
    expect(divideRounded(-15, 10)).toBe(-2);
    expect(divideRounded(15, -10)).toBe(-2);
    expect(divideRounded(-14, 10)).toBe(-1);
    // Beyond 2^53 in the intermediate product, still exact.
    expect(divideRounded(BigInt(Number.MAX_SAFE_INTEGER) * 19000n, 100000n)).toBe(1711367858400788); // 9007199254740991 × 0.19 = 1711367858400788.29;
  });
});

describe("ISO 4217 exponents", () => {
  it("knows zero-, two-, three- and four-decimal currencies", () => {
    for (const code of ["JPY", "KRW", "VND", "CLP", "ISK", "XOF"]) expect(currencyExponent(code)).toBe(0);
    for (const code of ["EUR", "USD", "GBP", "CHF"]) expect(currencyExponent(code)).toBe(2);
    for (const code of ["KWD", "BHD", "JOD", "OMR", "TND"]) expect(currencyExponent(code)).toBe(3);
    expect(currencyExponent("CLF")).toBe(4);
    expect(isKnownCurrency("EUR")).toBe(true);
    expect(isKnownCurrency("XYZ")).toBe(false);
    expect(isKnownCurrency("eur")).toBe(false);
  });
});

describe("toMinorUnits parses decimal strings exactly", () => {
  it.each([
    ["12.34", "EUR", 1234],
    ["0.01", "EUR", 1],
    ["12", "EUR", 1200],
    ["12.3", "EUR", 1230],
    ["12.340", "EUR", 1234],
    ["1500", "JPY", 1500],
    ["1500.00", "JPY", 1500],
    ["1.5", "KWD", 1500],
    ["1.234", "KWD", 1234],
    ["0.001", "KWD", 1],
    ["-0.05", "EUR", -5],
    ["9999999999999.99", "USD", MAX_AMOUNT],
    ["999999999999999", "JPY", MAX_AMOUNT],
  ])("%s %s → %d", (decimal, currency, expected) => {
    expect(toMinorUnits(decimal, currency)).toBe(expected);
  });

  it("never rounds: more digits than the currency has is an error naming the field", () => {
    expect(() => toMinorUnits("12.345", "EUR", "prices[0].amount")).toThrow(/EUR has 2 decimal places.*field: prices\[0\]\.amount/);
    expect(() => toMinorUnits("1500.5", "JPY")).toThrow(/JPY has 0 decimal places/);
    expect(() => toMinorUnits("1.2345", "KWD")).toThrow(/KWD has 3 decimal places/);
  });

  it("refuses what isn't a plain decimal, unknown currencies and unsafe sizes", () => {
    for (const bad of ["", "1,50", "1e3", "abc", ".5", "5.", "0x10", "12.34.5"]) expect(() => toMinorUnits(bad, "EUR")).toThrow(/not a decimal amount/);
    expect(() => toMinorUnits("1", "XYZ")).toThrow(/not an ISO 4217 currency \(field: currency\)/);
    expect(() => toMinorUnits("10000000000000.00", "USD", "price")).toThrow(/more than the largest amount.*field: price/);
    expect(() => toMinorUnits("90071992547409.92", "USD")).toThrow(/more than the largest amount/);
  });

  it("round-trips through fromMinorUnits", () => {
    for (const [amount, currency] of [
      [1234, "EUR"],
      [5, "EUR"],
      [-5, "EUR"],
      [0, "EUR"],
      [1500, "JPY"],
      [1, "KWD"],
      [1500, "KWD"],
    ] as const) {
      expect(toMinorUnits(fromMinorUnits(amount, currency), currency)).toBe(amount);
    }
    expect(fromMinorUnits(5, "EUR")).toBe("0.05");
    expect(fromMinorUnits(1500, "JPY")).toBe("1500");
    expect(fromMinorUnits(1500, "KWD")).toBe("1.500");
  });
});

describe("formatMoney", () => {
  it("formats with the currency's ISO digits in the locale's style", () => {
    expect(formatMoney(1234, "EUR", "de-DE")).toBe("12,34\u00a0€");
    expect(formatMoney(1234, "USD", "en-US")).toBe("$12.34");
    expect(formatMoney(150000, "JPY", "en-US")).toBe("¥150,000");
    expect(formatMoney(1500, "KWD", "en-US")).toBe("KWD\u00a01.500");
    expect(formatMoney(-500, "EUR", "en-US")).toBe("-€5.00");
    // Exact: no float division, so the largest safe amount prints every digit.
    expect(formatMoney(9007199254740991, "USD", "en-US")).toBe("$90,071,992,547,409.91");
  });
});

describe("assertAmount", () => {
  it("accepts safe non-negative integers and names the field otherwise", () => {
    expect(assertAmount(0)).toBe(0);
    expect(assertAmount(900)).toBe(900);
    expect(assertAmount(MAX_AMOUNT)).toBe(MAX_AMOUNT);
    for (const bad of [-1, 1.5, MAX_AMOUNT + 1, Number.MAX_SAFE_INTEGER + 1, "5", null])
      expect(() => assertAmount(bad, "unitAmount")).toThrow(/field: unitAmount/);
  });
});
