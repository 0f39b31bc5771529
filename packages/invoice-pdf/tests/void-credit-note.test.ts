import { describe, expect, it } from "vitest";
import { renderCreditNotePdf } from "../src";
import { germanInvoice } from "./fixtures";
import { pdfText } from "./pdf-text";

const note = (voidedAt: Date | null) => {
  const invoice = germanInvoice();
  return renderCreditNotePdf({
    number: "CN-2026-000008",
    invoiceNumber: invoice.number,
    currency: "EUR",
    issuedAt: new Date("2026-03-10T08:00:00Z"),
    seller: invoice.seller,
    customer: invoice.customer,
    amount: 5355,
    taxAmount: 855,
    voidedAt,
  });
};

describe("a void credit note (its refund failed at the provider)", () => {
  it("is printed as void, with the date", async () => {
    const { text } = await pdfText(await note(new Date("2026-03-12T09:00:00Z")));
    expect(text).toContain("Credit note (VOID)");
    expect(text).toContain("Void since 12 Mar 2026");
    expect(text).toContain("This credit note is void");
  });

  it("an issued one says nothing about it", async () => {
    const { text } = await pdfText(await note(null));
    expect(text).not.toMatch(/VOID|Void since|is void/);
  });
});
