import type { TaxRateSnapshot } from "../checkout/line-items";
import { isEuMember, isValidEuVatId } from "./vat-id";

export const REVERSE_CHARGE_NOTE = "Reverse charge: VAT to be accounted for by the recipient (Art. 196 Directive 2006/112/EC)";

export type TaxTreatmentKind = "domestic" | "eu_oss" | "eu_reverse_charge" | "non_eu" | "untaxed";

export interface TaxTreatment {
  kind: TaxTreatmentKind;
  /** The rate applied to taxable lines; null = no tax (reverse charge, or no rate configured). */
  rate: TaxRateSnapshot | null;
  reverseCharge: boolean;
  /** The country whose rate applies (customer's, or the seller's when the customer has none). */
  taxCountry: string;
}

export interface TaxParties {
  sellerCountry: string;
  customerCountry: string | null;
  customerVatId: string | null;
}

/**
 * Where the tax goes, from who sells to whom:
 * - same country (or a customer without a country: taxed where the seller is) → that country's rate;
 * - both in the EU, customer with a VAT id of their country's format → reverse charge, no tax;
 * - both in the EU, consumer (no valid VAT id) → the customer country's rate (OSS);
 * - otherwise (outside the EU) → the customer country's rate if the tenant configured one.
 * A country without a configured active rate is untaxed: configure rates where you must charge tax.
 * `rates` are the active rates of the tax country (loadTaxContext loads exactly those).
 */
export function resolveTaxTreatment(parties: TaxParties, rates: readonly TaxRateSnapshot[]): TaxTreatment {
  const taxCountry = parties.customerCountry ?? parties.sellerCountry;
  const rate = rates.find((candidate) => candidate.country === taxCountry) ?? null;
  const withRate = (kind: TaxTreatmentKind): TaxTreatment => ({ kind: rate ? kind : "untaxed", rate, reverseCharge: false, taxCountry });
  if (taxCountry === parties.sellerCountry) return withRate("domestic");
  const bothEu = isEuMember(parties.sellerCountry) && isEuMember(taxCountry);
  if (bothEu && isValidEuVatId(parties.customerVatId, taxCountry)) {
    return { kind: "eu_reverse_charge", rate: null, reverseCharge: true, taxCountry };
  }
  return withRate(bothEu ? "eu_oss" : "non_eu");
}
