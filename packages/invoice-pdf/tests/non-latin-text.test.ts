import { describe, expect, it } from "vitest";
import { renderCreditNotePdf, renderInvoicePdf } from "../src";
import { germanInvoice } from "./fixtures";
import { pdfText } from "./pdf-text";

// Names and addresses as customers type them: Latin Extended (Polish, Czech, Turkish, Romanian,
// Hungarian), Greek and Cyrillic must come back from the PDF exactly, not as "?" or stripped accents.
const customer = {
  name: "Dmitrij Dvořák",
  company: "Łódzkie Wydawnictwo Żółć Sp. z o.o.",
  email: "faktury@example.invalid",
  address: {
    line1: "ul. Piotrkowska 104/4 — Łódź",
    line2: "İstiklal Cad. No. 5, Beyoğlu, İstanbul",
    city: "Σταθμός Αθήνα",
    postalCode: "90-926",
    country: "PL",
  },
  vatId: "PL7251234567",
};
const lines = [
  {
    description: "Подписка «Про» — Дмитрий Шостакович",
    quantity: 1,
    unitAmount: 10000,
    amount: 10000,
    taxMillipercent: 23000,
    taxAmount: 2300,
    taxName: "Φ.Π.Α.",
  },
  {
    description: "Příliš žluťoučký kůň · Őrült ügyfél · Știință",
    quantity: 2,
    unitAmount: 2500,
    amount: 5000,
    taxMillipercent: 23000,
    taxAmount: 1150,
    taxName: "Φ.Π.Α.",
  },
];
const expected = [
  "Łódzkie Wydawnictwo Żółć Sp. z o.o.",
  "Dmitrij Dvořák",
  "ul. Piotrkowska 104/4 — Łódź",
  "İstiklal Cad. No. 5, Beyoğlu, İstanbul",
  "90-926 Σταθμός Αθήνα",
  "Подписка «Про» — Дмитрий Шостакович",
  "Příliš žluťoučký kůň · Őrült ügyfél · Știință",
  "Φ.Π.Α. 23% on €150.00",
];

describe("text outside Latin-1", () => {
  // First in this file: "Z" must not have been drawn on its own yet in this process.
  it("keeps the text of a letter that an earlier PDF drew only inside an accented one", async () => {
    const note = (reason: string) =>
      renderCreditNotePdf({
        number: "CN-1",
        invoiceNumber: "INV-1",
        currency: "EUR",
        issuedAt: new Date("2026-03-10T08:00:00Z"),
        seller: germanInvoice().seller,
        customer,
        amount: 100,
        taxAmount: 0,
        reason,
      });
    await note("Ẑ");
    const { text } = await pdfText(await note("Zakopane"));
    expect(text).toContain("Reason: Zakopane");
  });

  it("prints Polish, Czech, Turkish, Greek and Cyrillic names, addresses and lines exactly on an invoice", async () => {
    const invoice = germanInvoice({
      customer,
      lines,
      subtotal: 15000,
      taxTotal: 3450,
      total: 18450,
      amountPaid: 18450,
      amountRefunded: 0,
      seller: { ...germanInvoice().seller, legalName: "Ελληνική Εταιρεία Λογισμικού Α.Ε." },
    });
    const pdf = await renderInvoicePdf(invoice);
    const { text } = await pdfText(pdf);
    for (const string of [...expected, "Ελληνική Εταιρεία Λογισμικού Α.Ε."]) expect(text).toContain(string);
    expect(text).not.toContain("?");
    // Only the glyphs used are embedded: each whole TTF is over 600 kB, this PDF about 15 kB.
    expect(pdf.length).toBeLessThan(50_000);
  });

  it("prints them on a credit note too", async () => {
    const { text } = await pdfText(
      await renderCreditNotePdf({
        number: "CN-2026-000008",
        invoiceNumber: "INV-2026-000042",
        currency: "EUR",
        issuedAt: new Date("2026-03-10T08:00:00Z"),
        seller: germanInvoice().seller,
        customer,
        amount: 1230,
        taxAmount: 230,
        reason: "Возврат — zwrot za usługę",
      }),
    );
    for (const string of expected.slice(0, 5)) expect(text).toContain(string);
    expect(text).toContain("Reason: Возврат — zwrot za usługę");
  });
});
