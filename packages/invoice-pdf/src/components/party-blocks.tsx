import { Text, View } from "@react-pdf/renderer";
import { addressLines, pdfSafe } from "../format";
import type { Labels } from "../labels";
import { styles } from "../styles";
import type { PdfCustomer, PdfSeller } from "../types";

export function SellerBlock({ seller, label }: { seller: PdfSeller; label: Labels }) {
  return (
    <View style={styles.party}>
      <Text style={styles.label}>{label("from")}</Text>
      <Text style={styles.bold}>{pdfSafe(seller.legalName)}</Text>
      {addressLines(seller.address).map((line, index) => (
        <Text key={index}>{pdfSafe(line)}</Text>
      ))}
      {seller.email ? <Text>{pdfSafe(seller.email)}</Text> : null}
      {seller.vatId ? <Text>{label("vatId", { id: pdfSafe(seller.vatId) })}</Text> : null}
    </View>
  );
}

export function CustomerBlock({ customer, label }: { customer: PdfCustomer; label: Labels }) {
  // A company customer is billed as the company, with the person named below it.
  const heading = customer.company || customer.name || customer.email || "";
  const person = customer.company && customer.name ? customer.name : null;
  return (
    <View style={styles.party}>
      <Text style={styles.label}>{label("billTo")}</Text>
      <Text style={styles.bold}>{pdfSafe(heading)}</Text>
      {person ? <Text>{pdfSafe(person)}</Text> : null}
      {addressLines(customer.address).map((line, index) => (
        <Text key={index}>{pdfSafe(line)}</Text>
      ))}
      {customer.email && customer.email !== heading ? <Text>{pdfSafe(customer.email)}</Text> : null}
      {customer.vatId ? <Text>{label("vatId", { id: pdfSafe(customer.vatId) })}</Text> : null}
    </View>
  );
}

export function MetaRow({ label, value }: { label: string; value: string }) {
  return (
    <View style={styles.meta}>
      <Text style={styles.metaLabel}>{label}</Text>
      <Text>{value}</Text>
    </View>
  );
}
