import { Text, View } from "@react-pdf/renderer";
import { formatRate } from "../format";
import type { Labels } from "../labels";
import { styles } from "../styles";
import type { TaxSummaryLine } from "../tax-summary";

export interface TotalsProps {
  /** Minor units → display string in the document's currency and locale. */
  money: (minor: number) => string;
  locale: string;
  label: Labels;
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
export function taxLabel(tax: TaxSummaryLine, money: (minor: number) => string, locale: string, label: Labels): string {
  return label(tax.inclusive ? "taxLineInclusive" : "taxLine", { name: tax.name, rate: formatRate(tax.millipercent, locale), base: money(tax.taxableAmount) });
}

export function Totals({ money, locale, label, subtotal, taxes, reverseCharge, total, after }: TotalsProps) {
  return (
    <View style={styles.totals} wrap={false}>
      <Row label={label("subtotal")} value={money(subtotal)} />
      {taxes.map((tax, index) => (
        <Row key={index} label={taxLabel(tax, money, locale, label)} value={money(tax.taxAmount)} />
      ))}
      {reverseCharge && taxes.length === 0 ? <Row label={label("reverseChargeLine", { base: money(subtotal) })} value={money(0)} /> : null}
      <Row label={label("total")} value={money(total)} strong />
      {after.map((row, index) => (
        <Row key={index} label={row.label} value={money(row.amount)} strong={row.strong} />
      ))}
    </View>
  );
}
