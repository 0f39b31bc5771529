/**
 * What an invoice PDF shows: a plain object, no database types, so the renderer stays a pure
 * function that tests (and any caller) can feed directly. Amounts are integer minor units of
 * `currency`; dates are instants (shown as UTC calendar dates).
 */
export interface PdfAddress {
  line1?: string | null;
  line2?: string | null;
  city?: string | null;
  postalCode?: string | null;
  region?: string | null;
  /** ISO 3166-1 alpha-2. */
  country?: string | null;
}

export interface PdfSeller {
  legalName: string;
  address?: PdfAddress | null;
  vatId?: string | null;
  email?: string | null;
}

export interface PdfCustomer {
  name?: string | null;
  company?: string | null;
  email?: string | null;
  address?: PdfAddress | null;
  vatId?: string | null;
}

export interface PdfInvoiceLine {
  description: string;
  periodStart?: Date | null;
  periodEnd?: Date | null;
  quantity: number;
  unitAmount: number;
  /** Net for exclusive tax rates, gross for inclusive ones (as billing_invoice_line.amount). */
  amount: number;
  /** Thousandths of a percent: 19000 = 19 %. */
  taxMillipercent?: number;
  taxInclusive?: boolean;
  taxAmount?: number;
  /** Shown in the tax summary; default "VAT". */
  taxName?: string | null;
}

export interface InvoicePdfInput {
  number: string;
  /** Minor-unit exponent of `currency` as the tenant configured it (billing_currency.exponent); default ISO 4217's. */
  currencyExponent?: number;
  /** A void or uncollectible invoice says so in its title. */
  status?: "draft" | "open" | "paid" | "void" | "uncollectible";
  currency: string;
  /** BCP 47 locale for numbers and dates; default "en-GB". */
  locale?: string;
  issuedAt: Date;
  dueAt?: Date | null;
  paidAt?: Date | null;
  seller: PdfSeller;
  customer: PdfCustomer;
  lines: PdfInvoiceLine[];
  subtotal: number;
  taxTotal: number;
  total: number;
  amountPaid: number;
  amountRefunded: number;
  /** EU B2B reverse charge: no VAT charged, the customer accounts for it. */
  reverseCharge?: boolean;
  /** Bank-transfer instructions (manual payment), printed as given. */
  paymentInstructions?: string | null;
  footer?: string | null;
}

export interface CreditNotePdfInput {
  number: string;
  currencyExponent?: number;
  /** The invoice the credit note corrects. */
  invoiceNumber: string;
  currency: string;
  locale?: string;
  issuedAt: Date;
  seller: PdfSeller;
  customer: PdfCustomer;
  /** Total credited, tax included (as billing_credit_note.amount). */
  amount: number;
  /** The tax part of `amount`. */
  taxAmount: number;
  reason?: string | null;
  /** Set when the credit note is void (its refund failed at the provider): printed as VOID. */
  voidedAt?: Date | null;
  reverseCharge?: boolean;
  footer?: string | null;
}
