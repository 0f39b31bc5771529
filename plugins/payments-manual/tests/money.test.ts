import { describe, expect, it } from "vitest";
import { currencyExponent, formatMinorUnits } from "../server/money";

describe("minor units to decimal strings", () => {
  it("uses the ISO 4217 exponent", () => {
    expect(currencyExponent("EUR")).toBe(2);
    expect(currencyExponent("jpy")).toBe(0);
    expect(currencyExponent("KWD")).toBe(3);
  });

  it("formats exactly, without floating point", () => {
    expect(formatMinorUnits(123_456, "EUR")).toBe("1234.56");
    expect(formatMinorUnits(5, "EUR")).toBe("0.05");
    expect(formatMinorUnits(0, "USD")).toBe("0.00");
    expect(formatMinorUnits(5_000, "JPY")).toBe("5000");
    expect(formatMinorUnits(1_234, "KWD")).toBe("1.234");
    expect(formatMinorUnits(-5, "EUR")).toBe("-0.05");
    expect(formatMinorUnits(900_719_925_474_099, "EUR")).toBe("9007199254740.99");
    expect(() => formatMinorUnits(1.5, "EUR")).toThrow(/integer/);
  });
});
