import type { PdfInvoiceLine } from "./types";

export interface TaxSummaryLine {
  name: string;
  millipercent: number;
  inclusive: boolean;
  /** What the rate was applied to: the net amount of the lines at this rate. */
  taxableAmount: number;
  taxAmount: number;
}

/**
 * One summary line per (name, rate, inclusive) as invoices must show "VAT 19% on €100.00".
 * Inclusive lines carry the gross amount, so their net base is amount − tax. Lines without a
 * rate are left out; the sums are of the already rounded per-line taxes (the rounding rule).
 */
export function taxSummary(lines: readonly PdfInvoiceLine[]): TaxSummaryLine[] {
  const groups = new Map<string, TaxSummaryLine>();
  for (const line of lines) {
    const millipercent = line.taxMillipercent ?? 0;
    if (millipercent === 0 && (line.taxAmount ?? 0) === 0) continue;
    const name = line.taxName?.trim() || "VAT";
    const inclusive = line.taxInclusive ?? false;
    const key = `${name}|${millipercent}|${inclusive}`;
    const group = groups.get(key) ?? { name, millipercent, inclusive, taxableAmount: 0, taxAmount: 0 };
    const tax = line.taxAmount ?? 0;
    group.taxableAmount += inclusive ? line.amount - tax : line.amount;
    group.taxAmount += tax;
    groups.set(key, group);
  }
  return [...groups.values()].sort((a, b) => b.millipercent - a.millipercent || a.name.localeCompare(b.name));
}
