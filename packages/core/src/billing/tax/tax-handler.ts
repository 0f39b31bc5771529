import type { CheckoutState, DraftLine, LineItemHandler } from "../checkout/line-items";
import { lineTax } from "./tax-amount";
import { resolveTaxTreatment, REVERSE_CHARGE_NOTE } from "./tax-treatment";

/**
 * Core's last pipeline step (order 900, after every handler that changes amounts): sets each
 * taxable line's tax from the treatment of seller × customer; non-taxable lines get none. Credits
 * (negative lines, e.g. proration) get the same rate and a negative tax. Pure: a new state.
 */
export const taxHandler: LineItemHandler = {
  id: "core.tax",
  order: 900,
  apply(state: CheckoutState): CheckoutState {
    const treatment = resolveTaxTreatment(
      { sellerCountry: state.seller.country ?? "", customerCountry: state.customer.country, customerVatId: state.customer.vatId },
      state.taxRates,
    );
    const lines = state.lines.map((line): DraftLine => {
      if (!line.taxable || !treatment.rate) return { ...line, tax: null };
      const { millipercent, inclusive } = treatment.rate;
      return { ...line, tax: { rate: treatment.rate, amount: lineTax(line.amount, millipercent, inclusive) } };
    });
    const taxedSomething = state.lines.some((line) => line.taxable);
    const reverseCharge = treatment.reverseCharge && taxedSomething;
    const notes = reverseCharge && !state.notes.includes(REVERSE_CHARGE_NOTE) ? [...state.notes, REVERSE_CHARGE_NOTE] : state.notes;
    return { ...state, lines, reverseCharge, notes };
  },
};
