import { describe, expect, it } from "vitest";
import { taxRows } from "./tax-summary";

describe("taxRows", () => {
  it("sums each rate's already-rounded line taxes and keeps inclusive rates apart", () => {
    const de = { name: "USt 19 %", millipercent: 19_000, inclusive: false };
    const gb = { name: "VAT 20 %", millipercent: 20_000, inclusive: true };
    expect(
      taxRows([
        { taxRate: de, taxAmount: 171 },
        { taxRate: null, taxAmount: 0 },
        { taxRate: de, taxAmount: 95 },
        { taxRate: gb, taxAmount: 150 },
      ]),
    ).toEqual([
      { name: "USt 19 %", inclusive: false, amount: 266 },
      { name: "VAT 20 %", inclusive: true, amount: 150 },
    ]);
  });
});
