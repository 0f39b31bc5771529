import { Document, Page, Text, View } from "@react-pdf/renderer";
import { CustomerBlock, MetaRow, SellerBlock } from "./components/party-blocks";
import { Row } from "./components/totals";
import { formatDate, formatMoney, pdfSafe } from "./format";
import { DEFAULT_LOCALE, REVERSE_CHARGE_NOTE } from "./invoice-document";
import { styles } from "./styles";
import type { CreditNotePdfInput } from "./types";

export function CreditNoteDocument({ note }: { note: CreditNotePdfInput }) {
  const locale = note.locale ?? DEFAULT_LOCALE;
  const money = (minor: number) => formatMoney(minor, note.currency, locale, note.currencyExponent);
  return (
    <Document title={`Credit note ${note.number}`} author={note.seller.legalName} creator="Tillbox" producer="Tillbox">
      <Page size="A4" style={styles.page}>
        <View style={styles.header}>
          <View>
            <Text style={styles.title}>{note.voidedAt ? "Credit note (VOID)" : "Credit note"}</Text>
            <Text>{pdfSafe(note.number)}</Text>
          </View>
          <View>
            <MetaRow label="Issued" value={formatDate(note.issuedAt, locale)} />
            <MetaRow label="For invoice" value={pdfSafe(note.invoiceNumber)} />
            {note.voidedAt ? <MetaRow label="Void since" value={formatDate(note.voidedAt, locale)} /> : null}
          </View>
        </View>
        <View style={styles.parties}>
          <SellerBlock seller={note.seller} />
          <CustomerBlock customer={note.customer} />
        </View>
        {note.reason ? <Text>Reason: {pdfSafe(note.reason)}</Text> : null}
        {note.voidedAt ? <Text style={styles.note}>This credit note is void: the refund failed at the payment provider, nothing was credited.</Text> : null}
        <View style={styles.totals} wrap={false}>
          <Row label="Net credited" value={money(note.amount - note.taxAmount)} />
          <Row label="VAT credited" value={money(note.taxAmount)} />
          <Row label="Total credited" value={money(note.amount)} strong />
        </View>
        {note.reverseCharge ? <Text style={styles.note}>{REVERSE_CHARGE_NOTE}</Text> : null}
        {note.footer ? (
          <Text style={styles.footer} fixed>
            {pdfSafe(note.footer)}
          </Text>
        ) : null}
      </Page>
    </Document>
  );
}
