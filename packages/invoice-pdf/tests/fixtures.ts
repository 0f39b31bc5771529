import type { InvoicePdfInput } from "../src";

const seller = {
  legalName: "Tillbox Demo GmbH",
  address: { line1: "Invalidenstraße 1", city: "Berlin", postalCode: "10115", country: "DE" },
  vatId: "DE123456789",
  email: "billing@tillbox.invalid",
};

/** A German B2C monthly plan invoice: two lines at 19 %, one at 7 %, partly refunded. */
export function germanInvoice(overrides: Partial<InvoicePdfInput> = {}): InvoicePdfInput {
  return {
    number: "INV-2026-000042",
    currency: "EUR",
    issuedAt: new Date("2026-03-01T09:00:00Z"),
    dueAt: new Date("2026-03-15T00:00:00Z"),
    paidAt: new Date("2026-03-02T10:00:00Z"),
    seller,
    customer: {
      name: "Erika Mustermann",
      email: "erika@example.invalid",
      address: { line1: "Hauptstr. 5", city: "München", postalCode: "80331", country: "DE" },
    },
    lines: [
      {
        description: "Pro plan (monthly)",
        periodStart: new Date("2026-03-01T00:00:00Z"),
        periodEnd: new Date("2026-04-01T00:00:00Z"),
        quantity: 1,
        unitAmount: 10000,
        amount: 10000,
        taxMillipercent: 19000,
        taxAmount: 1900,
      },
      { description: "Extra seats", quantity: 3, unitAmount: 1500, amount: 4500, taxMillipercent: 19000, taxAmount: 855 },
      { description: "Printed handbook", quantity: 1, unitAmount: 2000, amount: 2000, taxMillipercent: 7000, taxAmount: 140 },
    ],
    subtotal: 16500,
    taxTotal: 2895,
    total: 19395,
    amountPaid: 19395,
    amountRefunded: 4500,
    footer: "Tillbox Demo GmbH · Amtsgericht Berlin HRB 000000",
    ...overrides,
  };
}

/** An EU B2B invoice to an Austrian company: reverse charge, no VAT, bank transfer pending. */
export function reverseChargeInvoice(): InvoicePdfInput {
  return {
    number: "INV-2026-000043",
    currency: "EUR",
    issuedAt: new Date("2026-03-05T12:00:00Z"),
    dueAt: new Date("2026-03-19T00:00:00Z"),
    seller,
    customer: {
      name: "Max Huber",
      company: "Huber Software GmbH",
      address: { line1: "Ring 1", city: "Wien", postalCode: "1010", country: "AT" },
      vatId: "ATU12345678",
    },
    lines: [{ description: "Business plan (yearly)", quantity: 1, unitAmount: 120000, amount: 120000 }],
    subtotal: 120000,
    taxTotal: 0,
    total: 120000,
    amountPaid: 0,
    amountRefunded: 0,
    reverseCharge: true,
    paymentInstructions: "IBAN DE89 3704 0044 0532 0130 00, BIC COBADEFFXXX, reference INV-2026-000043",
  };
}
