import { Text, View } from "@react-pdf/renderer";
import { formatDate, pdfSafe } from "../format";
import type { Labels } from "../labels";
import { styles } from "../styles";
import type { PdfInvoiceLine } from "../types";

interface Props {
  lines: readonly PdfInvoiceLine[];
  money: (minor: number) => string;
  locale: string;
  label: Labels;
}

export function LinesTable({ lines, money, locale, label }: Props) {
  return (
    <View style={styles.table}>
      <View style={styles.headRow} fixed>
        <Text style={[styles.description, styles.bold]}>{label("description")}</Text>
        <Text style={[styles.quantity, styles.bold]}>{label("quantity")}</Text>
        <Text style={[styles.unit, styles.bold]}>{label("unitPrice")}</Text>
        <Text style={[styles.amount, styles.bold]}>{label("amount")}</Text>
      </View>
      {lines.map((line, index) => (
        <View key={index} style={styles.row} wrap={false}>
          <View style={styles.description}>
            <Text>{pdfSafe(line.description)}</Text>
            {line.periodStart && line.periodEnd ? (
              <Text style={styles.muted}>
                {formatDate(line.periodStart, locale)} – {formatDate(line.periodEnd, locale)}
              </Text>
            ) : null}
          </View>
          <Text style={styles.quantity}>{line.quantity}</Text>
          <Text style={styles.unit}>{money(line.unitAmount)}</Text>
          <Text style={styles.amount}>{money(line.amount)}</Text>
        </View>
      ))}
    </View>
  );
}
