import { Text, View } from "@react-pdf/renderer";
import { formatRate } from "../format";
import { styles } from "../styles";
import type { TaxSummaryLine } from "../tax-summary";

export interface TotalsProps {
  /** Minor units → display string in the document's currency and locale. */
  money: (minor: number) => string;
  locale: string;
  subtotal: number;
  taxes: readonly TaxSummaryLine[];
  reverseCharge: boolean;
  total: number;
  /** Extra rows after the total (paid, refunded, amount due). */
  after: readonly { label: string; amount: number; strong?: boolean }[];
}

export function Row({ label, value, strong }: { label: string; value: string; strong?: boolean }) {
  return (
    <View style={strong ? styles.grandTotal : styles.totalRow}>
      <Text>{label}</Text>
      <Text>{value}</Text>
    </View>
  );
}

/** "VAT 19% on €100.00" — the rate, the base it applies to, then the tax. */
export function taxLabel(tax: TaxSummaryLine, money: (minor: number) => string, locale: string): string {
  const base = money(tax.taxableAmount);
  return `${tax.name} ${formatRate(tax.millipercent, locale)}${tax.inclusive ? " incl." : ""} on ${base}`;
}

export function Totals({ money, locale, subtotal, taxes, reverseCharge, total, after }: TotalsProps) {
  return (
    <View style={styles.totals} wrap={false}>
      <Row label="Subtotal" value={money(subtotal)} />
      {taxes.map((tax, index) => (
        <Row key={index} label={taxLabel(tax, money, locale)} value={money(tax.taxAmount)} />
      ))}
      {reverseCharge && taxes.length === 0 ? <Row label={`VAT 0% (reverse charge) on ${money(subtotal)}`} value={money(0)} /> : null}
      <Row label="Total" value={money(total)} strong />
      {after.map((row, index) => (
        <Row key={index} label={row.label} value={money(row.amount)} strong={row.strong} />
      ))}
    </View>
  );
}
