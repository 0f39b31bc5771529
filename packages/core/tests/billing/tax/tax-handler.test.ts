import { describe, expect, it } from "vitest";
import { isValidEuVatId, REVERSE_CHARGE_NOTE, resolveTaxTreatment, taxHandler } from "../../../src/billing/tax";
import { line, party, rate, stateWith } from "./tax-state";

const seller = party("DE", "DE123456789");
const allRates = [rate("DE", 19_000), rate("FR", 20_000), rate("GB", 20_000, true)];
/** loadTaxContext hands the handler the tax country's rates only; these tests do the same. */
const ratesOf = (country: string) => allRates.filter((candidate) => candidate.country === country);

describe("tax treatment", () => {
  it("same country: the seller's rate", () => {
    const result = taxHandler.apply(stateWith([line(900), line(2900)], seller, party("DE"), ratesOf("DE")));
    expect(result.lines.map((entry) => entry.tax?.amount)).toEqual([171, 551]); // 900 × 0.19, 2900 × 0.19
    expect(result.lines[0]!.tax!.rate.id).toBe("rate-DE");
    expect(result.reverseCharge).toBe(false);
    expect(result.notes).toEqual([]);
  });

  it("EU consumer in another member state: the customer country's rate (OSS)", () => {
    const result = taxHandler.apply(stateWith([line(999)], seller, party("FR"), ratesOf("FR")));
    expect(result.lines[0]!.tax).toEqual({ rate: rate("FR", 20_000), amount: 200 }); // 199.8 → 200
    expect(resolveTaxTreatment({ sellerCountry: "DE", customerCountry: "FR", customerVatId: null }, ratesOf("FR")).kind).toBe("eu_oss");
  });

  it("EU business with a VAT id in another member state: reverse charge, no tax, flagged with the note", () => {
    const state = stateWith([line(2900), line(-500)], seller, party("FR", "FR12345678901"), ratesOf("FR"));
    const result = taxHandler.apply(state);
    expect(result.lines.map((entry) => entry.tax)).toEqual([null, null]);
    expect(result.reverseCharge).toBe(true);
    expect(result.notes).toEqual([REVERSE_CHARGE_NOTE]);
    expect(REVERSE_CHARGE_NOTE).toBe("Reverse charge: VAT to be accounted for by the recipient (Art. 196 Directive 2006/112/EC)");
    // Running the step again adds no second note.
    expect(taxHandler.apply(result).notes).toEqual([REVERSE_CHARGE_NOTE]);
  });

  it("a VAT id of the wrong format (or of another country) is treated as a consumer", () => {
    for (const vatId of ["FR123", "DE123456789", "garbage"]) {
      const result = taxHandler.apply(stateWith([line(1000)], seller, party("FR", vatId), ratesOf("FR")));
      expect(result.reverseCharge).toBe(false);
      expect(result.lines[0]!.tax!.amount).toBe(200);
    }
  });

  it("a business in the seller's own country pays domestic VAT (no reverse charge at home)", () => {
    const result = taxHandler.apply(stateWith([line(1000)], seller, party("DE", "DE987654321"), ratesOf("DE")));
    expect(result.reverseCharge).toBe(false);
    expect(result.lines[0]!.tax!.amount).toBe(190);
  });

  it("outside the EU: the customer country's configured rate, inclusive here; none configured = no tax", () => {
    const gb = taxHandler.apply(stateWith([line(1000)], seller, party("GB"), ratesOf("GB")));
    expect(gb.lines[0]!.tax!.amount).toBe(167); // 1000 − round(1000 / 1.2)
    expect(gb.lines[0]!.amount).toBe(1000); // inclusive: the line keeps its gross amount
    const us = taxHandler.apply(stateWith([line(1000)], seller, party("US"), ratesOf("US")));
    expect(us.lines[0]!.tax).toBeNull();
    expect(us.reverseCharge).toBe(false);
    expect(resolveTaxTreatment({ sellerCountry: "DE", customerCountry: "US", customerVatId: null }, []).kind).toBe("untaxed");
  });

  it("a seller outside the EU never reverse-charges an EU business", () => {
    const result = taxHandler.apply(stateWith([line(1000)], party("US"), party("FR", "FR12345678901"), ratesOf("FR")));
    expect(result.reverseCharge).toBe(false);
    expect(result.lines[0]!.tax!.amount).toBe(200);
  });

  it("a customer without a country is taxed where the seller is", () => {
    const result = taxHandler.apply(stateWith([line(900)], seller, party(null), ratesOf("DE")));
    expect(result.lines[0]!.tax!.amount).toBe(171);
  });

  it("credits get the same rate and a negative tax; non-taxable lines none", () => {
    const result = taxHandler.apply(
      stateWith([line(2900), line(-1450, true, "proration"), line(500, false, "token_bundle")], seller, party("DE"), ratesOf("DE")),
    );
    expect(result.lines.map((entry) => entry.tax?.amount ?? null)).toEqual([551, -276, null]); // −1450 × 0.19 = −275.5 → −276
  });

  it("is pure: the input state is not changed", () => {
    const state = stateWith([line(900)], seller, party("DE"), ratesOf("DE"));
    const before = JSON.stringify(state);
    const result = taxHandler.apply(state);
    expect(JSON.stringify(state)).toBe(before);
    expect(result).not.toBe(state);
    expect(taxHandler).toMatchObject({ id: "core.tax", order: 900 });
  });
});

describe("EU VAT id format (syntactic only)", () => {
  it.each([
    ["DE123456789", "DE", true],
    ["de 123 456 789", "DE", true],
    ["ATU12345678", "AT", true],
    ["AT12345678", "AT", false],
    ["EL123456789", "GR", true],
    ["GR123456789", "GR", false],
    ["NL123456789B01", "NL", true],
    ["NL123456789", "NL", false],
    ["FRXX123456789", "FR", true],
    ["FR12345678901", "FR", true],
    ["IE1234567WA", "IE", true],
    ["ESX1234567X", "ES", true],
    ["SE123456789001", "SE", true],
    ["GB123456789", "GB", false],
    ["DE12345678", "DE", false],
    ["FR123456789", "DE", false],
  ])("%s for %s → %s", (vatId, country, valid) => {
    expect(isValidEuVatId(vatId, country)).toBe(valid);
  });
});
