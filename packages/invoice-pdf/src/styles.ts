import { StyleSheet } from "@react-pdf/renderer";
import { FONT_FAMILY } from "./fonts";

// One embedded family for every text (see fonts.ts); bold is its 700 weight.
export const styles = StyleSheet.create({
  page: { fontFamily: FONT_FAMILY, fontSize: 9, padding: 40, color: "#111" },
  header: { flexDirection: "row", justifyContent: "space-between", marginBottom: 24 },
  title: { fontSize: 18, fontWeight: 700, marginBottom: 4 },
  muted: { color: "#555" },
  bold: { fontWeight: 700 },
  parties: { flexDirection: "row", justifyContent: "space-between", marginBottom: 20 },
  party: { width: "45%" },
  label: { fontSize: 7, color: "#555", textTransform: "uppercase", marginBottom: 3 },
  meta: { flexDirection: "row", marginBottom: 2 },
  metaLabel: { width: 70, color: "#555" },
  table: { marginTop: 8, borderTopWidth: 1, borderTopColor: "#111" },
  row: { flexDirection: "row", paddingVertical: 4, borderBottomWidth: 0.5, borderBottomColor: "#ccc" },
  headRow: { flexDirection: "row", paddingVertical: 4, borderBottomWidth: 1, borderBottomColor: "#111" },
  description: { flex: 1, paddingRight: 8 },
  quantity: { width: 40, textAlign: "right" },
  unit: { width: 80, textAlign: "right" },
  amount: { width: 80, textAlign: "right" },
  totals: { marginTop: 12, marginLeft: "auto", width: 260 },
  totalRow: { flexDirection: "row", justifyContent: "space-between", paddingVertical: 2 },
  grandTotal: { flexDirection: "row", justifyContent: "space-between", paddingVertical: 3, borderTopWidth: 1, borderTopColor: "#111", fontWeight: 700 },
  note: { marginTop: 16, padding: 8, backgroundColor: "#f3f3f3" },
  footer: { position: "absolute", bottom: 24, left: 40, right: 40, fontSize: 7, color: "#555", textAlign: "center" },
});
