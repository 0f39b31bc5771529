import { describe, expect, it } from "vitest";
import { formatPercent, parsePercent } from "../../../src/billing/money";
import { lineTax } from "../../../src/billing/tax";

/** An independent reference: exact fractions in integers, halves away from zero. */
function reference(amount: number, millipercent: number, inclusive: boolean): number {
  const roundFraction = (numerator: number, denominator: number) =>
    Math.sign(numerator) * Math.floor((2 * Math.abs(numerator) + denominator) / (2 * denominator));
  return inclusive ? amount - roundFraction(amount * 100_000, 100_000 + millipercent) : roundFraction(amount * millipercent, 100_000);
}

describe("line tax, exclusive: tax = round(amount × rate)", () => {
  it.each([
    [900, 19_000, 171], // 9.00 € at 19 % = 1.71 €
    [999, 19_000, 190], // 189.81 → 190
    [50, 19_000, 10], // 9.5 → 10 (half away from zero)
    [-50, 19_000, -10], // a credit: −9.5 → −10
    [1, 8_875, 0], // 0.08875 → 0
    [10_000, 8_875, 888], // 887.5 → 888
    [1500, 10_000, 150], // JPY 1500 at 10 % (no minor units: the same integer rule)
    [0, 19_000, 0],
  ])("%i at %i millipercent → %i", (amount, millipercent, expected) => {
    expect(lineTax(amount, millipercent, false)).toBe(expected);
    expect(reference(amount, millipercent, false)).toBe(expected);
  });
});

describe("line tax, inclusive: tax = amount − round(amount / (1 + rate))", () => {
  it.each([
    [1190, 19_000, 190], // 11.90 € gross at 19 % = 10.00 net + 1.90
    [1000, 20_000, 167], // 1000 / 1.2 = 833.33 → 833 net, 167 tax
    [-1000, 20_000, -167],
    [5, 100_000, 2], // 5 / 2 = 2.5 → 3 net, 2 tax
    [-5, 100_000, -2],
    [900, 0, 0],
  ])("%i at %i millipercent → %i", (amount, millipercent, expected) => {
    expect(lineTax(amount, millipercent, true)).toBe(expected);
    expect(reference(amount, millipercent, true)).toBe(expected);
  });

  it("agrees with the reference on 5,000 random amounts and rates, credits negated exactly", () => {
    let seed = 42;
    const next = () => (seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648);
    for (let index = 0; index < 5000; index += 1) {
      const amount = next() % 1_000_000;
      const millipercent = next() % 100_001;
      for (const inclusive of [false, true]) {
        const tax = lineTax(amount, millipercent, inclusive);
        expect(tax).toBe(reference(amount, millipercent, inclusive));
        expect(lineTax(-amount, millipercent, inclusive)).toBe(-tax || 0);
      }
    }
  });
});

describe("percent input", () => {
  it("parses percentages into millipercent exactly and formats them back", () => {
    expect(parsePercent("19")).toBe(19_000);
    expect(parsePercent("8.875")).toBe(8_875);
    expect(parsePercent("0.5")).toBe(500);
    expect(parsePercent("100")).toBe(100_000);
    expect(formatPercent(8_875)).toBe("8.875");
    expect(formatPercent(19_000)).toBe("19");
    for (const bad of ["101", "8.8755", "-1", "abc", ""]) expect(() => parsePercent(bad, "rate")).toThrow(/field: rate/);
  });
});
