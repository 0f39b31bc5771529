import { Document, Page, Text, View } from "@react-pdf/renderer";
import { CustomerBlock, MetaRow, SellerBlock } from "./components/party-blocks";
import { LinesTable } from "./components/lines-table";
import { Totals } from "./components/totals";
import { formatDate, formatMoney, pdfSafe } from "./format";
import { styles } from "./styles";
import { taxSummary } from "./tax-summary";
import type { InvoicePdfInput } from "./types";

export const DEFAULT_LOCALE = "en-GB";

export const REVERSE_CHARGE_NOTE =
  "Reverse charge: VAT to be accounted for by the recipient (Article 196 of Council Directive 2006/112/EC).";

export function InvoiceDocument({ invoice }: { invoice: InvoicePdfInput }) {
  const locale = invoice.locale ?? DEFAULT_LOCALE;
  const date = (value: Date) => formatDate(value, locale);
  const money = (minor: number) => formatMoney(minor, invoice.currency, locale, invoice.currencyExponent);
  const amountDue = Math.max(0, invoice.total - invoice.amountPaid);
  const after = [
    ...(invoice.amountPaid > 0 ? [{ label: "Paid", amount: invoice.amountPaid }] : []),
    ...(invoice.amountRefunded > 0 ? [{ label: "Refunded", amount: invoice.amountRefunded }] : []),
    { label: "Amount due", amount: amountDue, strong: true },
  ];
  return (
    <Document title={`Invoice ${invoice.number}`} author={invoice.seller.legalName} creator="Tillbox" producer="Tillbox">
      <Page size="A4" style={styles.page}>
        <View style={styles.header}>
          <View>
            <Text style={styles.title}>{invoice.status === "void" ? "Invoice (void)" : invoice.status === "uncollectible" ? "Invoice (uncollectible)" : "Invoice"}</Text>
            <Text>{pdfSafe(invoice.number)}</Text>
          </View>
          <View>
            <MetaRow label="Issued" value={date(invoice.issuedAt)} />
            {invoice.dueAt ? <MetaRow label="Due" value={date(invoice.dueAt)} /> : null}
            {invoice.paidAt ? <MetaRow label="Paid" value={date(invoice.paidAt)} /> : null}
          </View>
        </View>
        <View style={styles.parties}>
          <SellerBlock seller={invoice.seller} />
          <CustomerBlock customer={invoice.customer} />
        </View>
        <LinesTable lines={invoice.lines} money={money} locale={locale} />
        <Totals
          money={money}
          locale={locale}
          subtotal={invoice.subtotal}
          taxes={taxSummary(invoice.lines)}
          reverseCharge={invoice.reverseCharge ?? false}
          total={invoice.total}
          after={after}
        />
        {invoice.reverseCharge ? <Text style={styles.note}>{REVERSE_CHARGE_NOTE}</Text> : null}
        {invoice.paymentInstructions && amountDue > 0 ? (
          <View style={styles.note} wrap={false}>
            <Text style={styles.bold}>Payment by bank transfer</Text>
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
