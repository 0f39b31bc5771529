import { describe, expect, it, vi } from "vitest";
import { pdfSafe, renderCreditNotePdf, renderInvoicePdf, REVERSE_CHARGE_NOTE } from "../src";
import { germanInvoice, reverseChargeInvoice } from "./fixtures";
import { pdfText } from "./pdf-text";

// pdf.js may hand back no-break spaces; compare text as a reader would.
const normalise = (text: string) => text.replace(/[\u00a0\u202f]/g, " ");

describe("renderInvoicePdf", () => {
  it("renders a real PDF with number, dates, parties, lines and the seller's VAT id", async () => {
    const pdf = await renderInvoicePdf(germanInvoice());
    expect(pdf.subarray(0, 5).toString()).toBe("%PDF-");
    const { text, pages } = await pdfText(pdf);
    expect(pages).toBe(1);
    expect(text).toContain("INV-2026-000042");
    expect(text).toContain("Issued 1 Mar 2026");
    expect(text).toContain("Due 15 Mar 2026");
    expect(text).toContain("Paid 2 Mar 2026");
    expect(text).toContain("Tillbox Demo GmbH");
    expect(text).toContain("VAT ID: DE123456789");
    expect(text).toContain("Erika Mustermann");
    expect(text).toContain("80331 München");
    expect(text).toContain("Pro plan (monthly) 1 €100.00 €100.00");
    expect(text).toContain("1 Mar 2026 – 1 Apr 2026");
    expect(text).toContain("Extra seats 3 €15.00 €45.00");
    expect(text).toContain("Tillbox Demo GmbH · Amtsgericht Berlin HRB 000000");
  });

  it("groups tax by rate with its base and prints the totals, paid, refunded and amount due", async () => {
    const invoice = germanInvoice();
    const { lines } = await pdfText(await renderInvoicePdf(invoice));
    // Independent arithmetic: 19 % applies to 100.00 + 45.00, 7 % to 20.00.
    const base19 = 10000 + 4500;
    expect(Math.round(base19 * 0.19)).toBe(2755);
    expect(lines).toContain("VAT 19% on €145.00 €27.55");
    expect(lines).toContain("VAT 7% on €20.00 €1.40");
    expect(lines).toContain("Subtotal €165.00");
    expect(lines).toContain("Total €193.95");
    expect(lines).toContain("Paid €193.95");
    expect(lines).toContain("Refunded €45.00");
    expect(lines).toContain("Amount due €0.00");
    expect(lines.join("\n")).not.toContain("Reverse charge");
  });

  it("prints the reverse-charge note, the customer's VAT id and bank-transfer instructions", async () => {
    const { text, lines } = await pdfText(await renderInvoicePdf(reverseChargeInvoice()));
    expect(text).toContain("Huber Software GmbH");
    expect(text).toContain("VAT ID: ATU12345678");
    expect(lines).toContain("VAT 0% (reverse charge) on €1,200.00 €0.00");
    expect(lines).toContain("Amount due €1,200.00");
    expect(text.replace(/\s+/g, " ")).toContain(REVERSE_CHARGE_NOTE);
    expect(text).toContain("Payment by bank transfer");
    expect(text).toContain("IBAN DE89 3704 0044 0532 0130 00");
  });

  it("renders without any network access (the font is read from node_modules)", async () => {
    vi.stubGlobal("fetch", () => Promise.reject(new Error("network used")));
    try {
      const { text } = await pdfText(await renderInvoicePdf(germanInvoice()));
      expect(text).toContain("INV-2026-000042");
    } finally {
      vi.unstubAllGlobals();
    }
  });

  it("flows a long invoice onto further pages, repeating the table header", async () => {
    const lines = Array.from({ length: 80 }, (_, index) => ({ description: `Usage item ${index + 1}`, quantity: 1, unitAmount: 100, amount: 100 }));
    const { pages, lines: text } = await pdfText(
      await renderInvoicePdf({ ...germanInvoice(), lines, subtotal: 8000, taxTotal: 0, total: 8000, amountPaid: 8000, amountRefunded: 0 }),
    );
    expect(pages).toBeGreaterThan(1);
    expect(text.filter((line) => line === "Description Qty Unit price Amount")).toHaveLength(pages);
    expect(text).toContain("Usage item 80 1 €1.00 €1.00");
    expect(text).toContain("Total €80.00");
  });

  it("leaves bank-transfer instructions off an invoice that is already paid", async () => {
    const { text } = await pdfText(await renderInvoicePdf(germanInvoice({ paymentInstructions: "IBAN DE00 0000" })));
    expect(text).not.toContain("IBAN DE00 0000");
  });

  it("shows a zero-decimal currency (JPY) without decimals", async () => {
    const invoice = germanInvoice({
      currency: "JPY",
      lines: [{ description: "Pro plan (monthly)", quantity: 2, unitAmount: 1980, amount: 3960, taxMillipercent: 10000, taxAmount: 396 }],
      subtotal: 3960,
      taxTotal: 396,
      total: 4356,
      amountPaid: 4356,
      amountRefunded: 0,
    });
    const { lines, text } = await pdfText(await renderInvoicePdf(invoice));
    // en-GB writes "JP¥" to tell the yen from the yuan.
    expect(lines).toContain("Pro plan (monthly) 2 JP¥1,980 JP¥3,960");
    expect(lines).toContain("VAT 10% on JP¥3,960 JP¥396");
    expect(lines).toContain("Total JP¥4,356");
    expect(lines).toContain("Amount due JP¥0");
    expect(text).not.toMatch(/¥[\d,]+[.,]\d{2}\b/);

    // ja-JP's fullwidth ￥ isn't in the embedded font: it is drawn as ¥.
    const japanese = await pdfText(await renderInvoicePdf({ ...invoice, locale: "ja-JP" }));
    expect(japanese.lines.some((line) => line.endsWith("¥4,356") && line.startsWith("Total"))).toBe(true);
  });

  it("shows a three-decimal currency with three decimals, and honours a configured exponent", async () => {
    const kwd = await pdfText(
      await renderInvoicePdf({
        ...reverseChargeInvoice(),
        currency: "KWD",
        subtotal: 12345,
        total: 12345,
        lines: [{ description: "Pro", quantity: 1, unitAmount: 12345, amount: 12345 }],
      }),
    );
    expect(kwd.lines).toContain("Total KWD 12.345");
    const custom = await pdfText(
      await renderInvoicePdf({
        ...reverseChargeInvoice(),
        currencyExponent: 0,
        subtotal: 1200,
        total: 1200,
        lines: [{ description: "Pro", quantity: 1, unitAmount: 1200, amount: 1200 }],
      }),
    );
    expect(custom.lines).toContain("Total €1,200");
  });

  it("says so in the title when the invoice is void", async () => {
    const { lines } = await pdfText(await renderInvoicePdf({ ...germanInvoice(), status: "void" }));
    expect(lines.some((line) => line.includes("Invoice (void)"))).toBe(true);
  });

  it("formats for the invoice's locale, with glyphs the embedded font can draw", async () => {
    const { lines } = await pdfText(await renderInvoicePdf({ ...reverseChargeInvoice(), locale: "fr-FR" }));
    expect(lines.map(normalise)).toContain("Total 1 200,00 €");
  });
});

describe("pdfSafe", () => {
  it("keeps what the embedded font can draw and maps the rest", () => {
    expect(pdfSafe("Müller & Søn – €5 · “ok”")).toBe("Müller & Søn – €5 · “ok”");
    expect(pdfSafe("Łukasz Żółć, İstanbul, Ελένη, Дмитрий")).toBe("Łukasz Żółć, İstanbul, Ελένη, Дмитрий");
    // Decomposed input (r + combining caron) is composed, as the font draws it best.
    expect(pdfSafe("Dvor\u030cák")).toBe("Dvořák");
    expect(pdfSafe("1\u202f200,00\u00a0€ \u2212 5 ￥")).toBe("1\u202f200,00\u00a0€ \u2212 5 ¥");
    expect(pdfSafe("東京")).toBe("??");
    expect(pdfSafe("a\u0000b\nc")).toBe("a?b\nc");
  });
});

describe("renderCreditNotePdf", () => {
  it("shows the credit note number, the invoice it corrects and the credited amounts", async () => {
    const invoice = germanInvoice();
    const pdf = await renderCreditNotePdf({
      number: "CN-2026-000007",
      invoiceNumber: invoice.number,
      currency: "EUR",
      issuedAt: new Date("2026-03-10T08:00:00Z"),
      seller: invoice.seller,
      customer: invoice.customer,
      amount: 5355,
      taxAmount: 855,
      reason: "Seats removed",
    });
    const { text, lines } = await pdfText(pdf);
    expect(text).toContain("Credit note");
    expect(text).toContain("CN-2026-000007");
    expect(text).toContain("For invoice INV-2026-000042");
    expect(text).toContain("Reason: Seats removed");
    expect(text).toContain("VAT ID: DE123456789");
    expect(lines).toContain("Net credited €45.00");
    expect(lines).toContain("VAT credited €8.55");
    expect(lines).toContain("Total credited €53.55");
  });
});
