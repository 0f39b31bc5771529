import type { PreviewLine } from "../types";

export interface TaxRow {
  name: string;
  inclusive: boolean;
  amount: number;
}

/** The tax lines of a summary: one row per rate, summed over the lines it applies to (already rounded per line). */
export function taxRows(lines: readonly Pick<PreviewLine, "taxRate" | "taxAmount">[]): TaxRow[] {
  const rows = new Map<string, TaxRow>();
  for (const line of lines) {
    if (!line.taxRate) continue;
    const key = `${line.taxRate.name}|${line.taxRate.inclusive}`;
    const row = rows.get(key) ?? { name: line.taxRate.name, inclusive: line.taxRate.inclusive, amount: 0 };
    row.amount += line.taxAmount;
    rows.set(key, row);
  }
  return [...rows.values()];
}
