import { Document, Page, Text, View } from "@react-pdf/renderer";
import { CustomerBlock, MetaRow, SellerBlock } from "./components/party-blocks";
import { LinesTable } from "./components/lines-table";
import { Totals } from "./components/totals";
import { formatDate, formatMoney, pdfSafe } from "./format";
import { documentLabels } from "./labels";
import { styles } from "./styles";
import { taxSummary } from "./tax-summary";
import type { InvoicePdfInput } from "./types";

export const DEFAULT_LOCALE = "en-GB";

/** The English note; the document prints it in the customer's language (messages/<locale>.json). */
export const REVERSE_CHARGE_NOTE = documentLabels("en")("reverseChargeNote");

export function InvoiceDocument({ invoice }: { invoice: InvoicePdfInput }) {
  const locale = invoice.locale ?? DEFAULT_LOCALE;
  const label = documentLabels(locale);
  const date = (value: Date) => formatDate(value, locale);
  const money = (minor: number) => formatMoney(minor, invoice.currency, locale, invoice.currencyExponent);
  const amountDue = Math.max(0, invoice.total - invoice.amountPaid);
  const after = [
    ...(invoice.amountPaid > 0 ? [{ label: label("paid"), amount: invoice.amountPaid }] : []),
    ...(invoice.amountRefunded > 0 ? [{ label: label("refunded"), amount: invoice.amountRefunded }] : []),
    { label: label("amountDue"), amount: amountDue, strong: true },
  ];
  return (
    <Document title={label("invoiceTitle", { number: invoice.number })} author={invoice.seller.legalName} creator="Tillbox" producer="Tillbox">
      <Page size="A4" style={styles.page}>
        <View style={styles.header}>
          <View>
            <Text style={styles.title}>
              {label(invoice.status === "void" ? "invoiceVoid" : invoice.status === "uncollectible" ? "invoiceUncollectible" : "invoice")}
            </Text>
            <Text>{pdfSafe(invoice.number)}</Text>
          </View>
          <View>
            <MetaRow label={label("issued")} value={date(invoice.issuedAt)} />
            {invoice.dueAt ? <MetaRow label={label("due")} value={date(invoice.dueAt)} /> : null}
            {invoice.paidAt ? <MetaRow label={label("paid")} value={date(invoice.paidAt)} /> : null}
          </View>
        </View>
        <View style={styles.parties}>
          <SellerBlock seller={invoice.seller} label={label} />
          <CustomerBlock customer={invoice.customer} label={label} />
        </View>
        <LinesTable lines={invoice.lines} money={money} locale={locale} label={label} />
        <Totals
          money={money}
          locale={locale}
          label={label}
          subtotal={invoice.subtotal}
          taxes={taxSummary(invoice.lines)}
          reverseCharge={invoice.reverseCharge ?? false}
          total={invoice.total}
          after={after}
        />
        {invoice.reverseCharge ? <Text style={styles.note}>{label("reverseChargeNote")}</Text> : null}
        {invoice.paymentInstructions && amountDue > 0 ? (
          <View style={styles.note} wrap={false}>
            <Text style={styles.bold}>{label("bankTransfer")}</Text>
            <Text>{pdfSafe(invoice.paymentInstructions)}</Text>
          </View>
        ) : null}
        {invoice.footer ? (
          <Text style={styles.footer} fixed>
            {pdfSafe(invoice.footer)}
          </Text>
        ) : null}
      </Page>
    </Document>
  );
}
