import { Document, Page, Text, View } from "@react-pdf/renderer";
import { CustomerBlock, MetaRow, SellerBlock } from "./components/party-blocks";
import { Row } from "./components/totals";
import { formatDate, formatMoney, pdfSafe } from "./format";
import { DEFAULT_LOCALE } from "./invoice-document";
import { documentLabels } from "./labels";
import { styles } from "./styles";
import type { CreditNotePdfInput } from "./types";

export function CreditNoteDocument({ note }: { note: CreditNotePdfInput }) {
  const locale = note.locale ?? DEFAULT_LOCALE;
  const label = documentLabels(locale);
  const money = (minor: number) => formatMoney(minor, note.currency, locale, note.currencyExponent);
  return (
    <Document title={label("creditNoteTitle", { number: note.number })} author={note.seller.legalName} creator="Tillbox" producer="Tillbox">
      <Page size="A4" style={styles.page}>
        <View style={styles.header}>
          <View>
            <Text style={styles.title}>{label(note.voidedAt ? "creditNoteVoid" : "creditNote")}</Text>
            <Text>{pdfSafe(note.number)}</Text>
          </View>
          <View>
            <MetaRow label={label("issued")} value={formatDate(note.issuedAt, locale)} />
            <MetaRow label={label("forInvoice")} value={pdfSafe(note.invoiceNumber)} />
            {note.voidedAt ? <MetaRow label={label("voidSince")} value={formatDate(note.voidedAt, locale)} /> : null}
          </View>
        </View>
        <View style={styles.parties}>
          <SellerBlock seller={note.seller} label={label} />
          <CustomerBlock customer={note.customer} label={label} />
        </View>
        {note.reason ? <Text>{label("reason", { reason: pdfSafe(note.reason) })}</Text> : null}
        {note.voidedAt ? <Text style={styles.note}>{label("creditNoteVoidNote")}</Text> : null}
        <View style={styles.totals} wrap={false}>
          <Row label={label("netCredited")} value={money(note.amount - note.taxAmount)} />
          <Row label={label("vatCredited")} value={money(note.taxAmount)} />
          <Row label={label("totalCredited")} value={money(note.amount)} strong />
        </View>
        {note.reverseCharge ? <Text style={styles.note}>{label("reverseChargeNote")}</Text> : null}
        {note.footer ? (
          <Text style={styles.footer} fixed>
            {pdfSafe(note.footer)}
          </Text>
        ) : null}
      </Page>
    </Document>
  );
}
