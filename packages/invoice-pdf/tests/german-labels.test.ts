import { describe, expect, it } from "vitest";
import { documentLocale, renderCreditNotePdf, renderInvoicePdf } from "../src";
import { germanInvoice, reverseChargeInvoice } from "./fixtures";
import { pdfText } from "./pdf-text";

const normalise = (text: string) => text.replace(/[\u00a0\u202f]/g, " ");

describe("documents in the customer's language", () => {
  it("prints a German customer's invoice with German labels, amounts and dates", async () => {
    const { text, lines } = await pdfText(await renderInvoicePdf({ ...germanInvoice(), locale: documentLocale("de") }));
    const all = normalise(lines.join("\n"));
    expect(text).toContain("Datum 01.03.2026");
    expect(text).toContain("RECHNUNG AN");
    expect(text).toContain("USt-IdNr.: DE123456789");
    expect(all).toContain("Beschreibung Menge Einzelpreis Betrag");
    expect(all).toContain("Zwischensumme 165,00 €");
    expect(all).toContain("Gesamtbetrag 193,95 €");
    expect(all).toContain("Offener Betrag 0,00 €");
    expect(all).not.toMatch(/Subtotal|Amount due|Issued/);
  });

  // de-AT: Austrian number style puts the euro sign first.
  it("prints the reverse-charge note and a credit note in German too", async () => {
    const invoice = { ...reverseChargeInvoice(), locale: documentLocale("de-AT") };
    expect(normalise((await pdfText(await renderInvoicePdf(invoice))).text).replace(/\s+/g, " ")).toContain(
      "Steuerschuldnerschaft des Leistungsempfängers: Die Umsatzsteuer schuldet der Leistungsempfänger",
    );
    const note = await renderCreditNotePdf({
      ...invoice,
      number: "CN-1",
      invoiceNumber: invoice.number,
      issuedAt: invoice.issuedAt,
      amount: 1190,
      taxAmount: 190,
      reason: "Kulanz",
      voidedAt: null,
    });
    const text = normalise((await pdfText(note)).lines.join("\n"));
    expect(text).toContain("Gutschrift");
    expect(text).toContain("Grund: Kulanz");
    expect(text).toContain("Gutschrift gesamt € 11,90");
  });

  it("keeps English documents in British style and falls back to it for other languages", () => {
    expect(documentLocale("en")).toBe("en-GB");
    expect(documentLocale("fr-FR")).toBe("en-GB");
    expect(documentLocale(null)).toBe("en-GB");
    expect(documentLocale("de")).toBe("de");
  });
});
