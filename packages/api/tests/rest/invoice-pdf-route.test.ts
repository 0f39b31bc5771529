import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { setDb } from "@tillbox/db";
import { createTestDb, type TestDb } from "@tillbox/db/testing";
import { createRateLimiter, setRateLimiter } from "@tillbox/rate-limit";
import { bootPlugins, handleDocumentPdfRequest, handleRestRequest, pluginServiceFor } from "../../src";
import { pdfText } from "../../../invoice-pdf/tests/pdf-text";
import { restRequest, restUser, tenantId } from "./rest-fixtures";

let t: TestDb;
let alice: Awaited<ReturnType<typeof restUser>>;
let bob: Awaited<ReturnType<typeof restUser>>;
let support: Awaited<ReturnType<typeof restUser>>;
let paidId: string;
let draftId: string;
let creditNoteId: string;
let transferId: string;

beforeAll(async () => {
  setRateLimiter(createRateLimiter({ policies: { api: { points: 0, durationSeconds: 60 } } }));
  t = await createTestDb();
  setDb(t.db);
  alice = await restUser(t.db, "user", "alice@example.com");
  bob = await restUser(t.db, "user", "bob@example.com");
  support = await restUser(t.db, "support", "support@example.com");
  await t.db.billingSettings.create({ data: { tenantId, legalName: "Fallback Ltd", invoiceFooter: "Registered in Berlin, HRB 1" } });
  const vat = await t.db.taxRate.create({ data: { tenantId, country: "DE", name: "USt.", rateMillipercent: 19000 } });
  // As checkout leaves a paid invoice: snapshots of both parties, lines with their tax.
  const paid = await t.db.invoice.create({
    data: {
      tenantId,
      userId: alice.user.id,
      number: "INV-2026-000001",
      status: "paid",
      billingReason: "subscription_create",
      currency: "EUR",
      subtotal: 2900,
      taxTotal: 551,
      total: 3451,
      amountPaid: 3451,
      amountRefunded: 1000,
      seller: {
        legalName: "Tillbox Demo GmbH",
        address: { line1: "Invalidenstraße 1", city: "Berlin", postalCode: "10115", country: "DE" },
        vatId: "DE123456789",
      },
      customer: {
        name: "Alice Example",
        company: "Alice GmbH",
        email: "alice@example.com",
        address: { line1: "Hauptstr. 5", city: "Köln", postalCode: "50667", country: "DE" },
        vatId: "DE987654321",
      },
      finalizedAt: new Date("2026-02-01T10:00:00Z"),
      paidAt: new Date("2026-02-01T10:01:00Z"),
      lines: {
        create: [
          {
            position: 0,
            kind: "plan",
            source: "core.price",
            description: "Pro plan",
            quantity: 1,
            unitAmount: 2900,
            amount: 2900,
            taxRateId: vat.id,
            taxMillipercent: 19000,
            taxAmount: 551,
            periodStart: new Date("2026-02-01T00:00:00Z"),
            periodEnd: new Date("2026-03-01T00:00:00Z"),
          },
        ],
      },
    },
  });
  paidId = paid.id;
  draftId = (await t.db.invoice.create({ data: { tenantId, userId: alice.user.id, status: "draft", billingReason: "manual", currency: "EUR" } })).id;
  // Bank transfer still due: the manual provider's instructions belong on it.
  await bootPlugins(t.db);
  await pluginServiceFor(t.db).updateSettings(
    "payments-manual",
    { accountHolder: "Tillbox Demo GmbH", iban: "DE89370400440532013000", bic: "COBADEFFXXX", bankName: "Commerzbank" },
    { tenantId, actorId: null },
  );
  transferId = (
    await t.db.invoice.create({
      data: {
        tenantId,
        userId: alice.user.id,
        number: "INV-2026-000002",
        status: "open",
        billingReason: "checkout",
        currency: "EUR",
        subtotal: 5000,
        total: 5000,
        provider: "manual",
        collectionMethod: "send_invoice",
        finalizedAt: new Date("2026-02-02T10:00:00Z"),
        dueAt: new Date("2026-02-16T00:00:00Z"),
        lines: {
          create: [{ position: 0, kind: "token_bundle", source: "core.price", description: "1,000 tokens", quantity: 1, unitAmount: 5000, amount: 5000 }],
        },
      },
    })
  ).id;
  creditNoteId = (
    await t.db.creditNote.create({
      data: { tenantId, invoiceId: paidId, number: "CN-2026-000001", amount: 1000, taxAmount: 160, currency: "EUR", reason: "Goodwill" },
    })
  ).id;
});
afterAll(async () => {
  setRateLimiter(undefined);
  setDb(undefined);
  await t.close();
});

describe("GET /api/v1/invoices/{invoiceId}/pdf", () => {
  it("gives the owner the PDF with number, parties, VAT ids, tax lines and totals", async () => {
    // The key's one scope has nothing to do with invoices: ownership is what lets Alice in.
    const response = await handleRestRequest(restRequest(`/invoices/${paidId}/pdf`, { key: await alice.apiKey(["api-keys:manage"]) }));
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("application/pdf");
    expect(response.headers.get("content-disposition")).toBe('attachment; filename="INV-2026-000001.pdf"');
    const { text, lines } = await pdfText(Buffer.from(await response.arrayBuffer()));
    expect(text).toContain("INV-2026-000001");
    expect(text).toContain("Tillbox Demo GmbH");
    expect(text).toContain("VAT ID: DE123456789");
    expect(text).toContain("Alice GmbH");
    expect(text).toContain("VAT ID: DE987654321");
    expect(lines).toContain("USt. 19% on €29.00 €5.51");
    expect(lines).toContain("Total €34.51");
    expect(lines).toContain("Refunded €10.00");
    expect(text).toContain("Registered in Berlin, HRB 1");
  });

  it("prints the bank-transfer instructions of the invoice's provider while money is due", async () => {
    const response = await handleRestRequest(restRequest(`/invoices/${transferId}/pdf`), { session: alice.session });
    expect(response.status).toBe(200);
    const { text, lines } = await pdfText(Buffer.from(await response.arrayBuffer()));
    expect(text).toContain("Payment by bank transfer");
    expect(text).toContain("DE89 3704 0044 0532 0130 00");
    expect(text).toContain("INV-2026-000002");
    expect(lines).toContain("Amount due €50.00");
    // The paid invoice (same customer) carries none.
    const paid = await handleRestRequest(restRequest(`/invoices/${paidId}/pdf`), { session: alice.session });
    expect((await pdfText(Buffer.from(await paid.arrayBuffer()))).text).not.toContain("bank transfer");
  });

  it("serves the owner's portal session as well", async () => {
    const response = await handleRestRequest(restRequest(`/invoices/${paidId}/pdf`), { session: alice.session });
    expect(response.status).toBe(200);
  });

  it("answers another customer 404, as if the invoice didn't exist", async () => {
    const response = await handleRestRequest(restRequest(`/invoices/${paidId}/pdf`, { key: await bob.apiKey(["api-keys:manage"]) }));
    expect(response.status).toBe(404);
    expect((await response.json()).error.code).toBe("INVOICE_NOT_FOUND");
  });

  it("lets staff with billing:read download any customer's invoice, in the back-office too", async () => {
    const viaRest = await handleRestRequest(restRequest(`/invoices/${paidId}/pdf`), { session: support.session });
    expect(viaRest.status).toBe(200);
    const viaAdmin = await handleDocumentPdfRequest(new Request(`http://localhost/api/invoices/${paidId}/pdf`), {
      kind: "invoice",
      id: paidId,
      session: support.session,
    });
    expect(viaAdmin.status).toBe(200);
    expect((await pdfText(Buffer.from(await viaAdmin.arrayBuffer()))).text).toContain("INV-2026-000001");
  });

  it("refuses anonymous callers (401), drafts (409) and malformed ids (404)", async () => {
    expect((await handleRestRequest(restRequest(`/invoices/${paidId}/pdf`))).status).toBe(401);
    expect((await handleDocumentPdfRequest(new Request("http://localhost/x"), { kind: "invoice", id: paidId })).status).toBe(401);
    const draft = await handleRestRequest(restRequest(`/invoices/${draftId}/pdf`), { session: alice.session });
    expect(draft.status).toBe(409);
    expect((await draft.json()).error.code).toBe("INVOICE_NOT_FINALIZED");
    expect((await handleRestRequest(restRequest("/invoices/not-a-uuid/pdf"), { session: alice.session })).status).toBe(404);
  });
});

describe("GET /api/v1/credit-notes/{creditNoteId}/pdf", () => {
  it("gives the invoice's owner the credit note, and nobody else", async () => {
    const response = await handleRestRequest(restRequest(`/credit-notes/${creditNoteId}/pdf`), { session: alice.session });
    expect(response.status).toBe(200);
    const { text, lines } = await pdfText(Buffer.from(await response.arrayBuffer()));
    expect(text).toContain("CN-2026-000001");
    expect(text).toContain("For invoice INV-2026-000001");
    expect(lines).toContain("Total credited €10.00");
    expect(lines).toContain("VAT credited €1.60");
    expect((await handleRestRequest(restRequest(`/credit-notes/${creditNoteId}/pdf`), { session: bob.session })).status).toBe(404);
  });
});

describe("the portal's document links (/account/…/pdf, what billing emails point to)", () => {
  const portal = (kind: "invoice" | "credit-note", id: string, session?: typeof alice.session) =>
    handleDocumentPdfRequest(new Request(`http://localhost/account/${kind}s/${id}/pdf`), { kind, id, session, disposition: "inline" });

  it("shows the owner's invoice and credit note in the browser tab instead of downloading them", async () => {
    const invoice = await portal("invoice", paidId, alice.session);
    expect(invoice.status).toBe(200);
    expect(invoice.headers.get("content-disposition")).toBe('inline; filename="INV-2026-000001.pdf"');
    const note = await portal("credit-note", creditNoteId, alice.session);
    expect(note.headers.get("content-disposition")).toBe('inline; filename="CN-2026-000001.pdf"');
    expect((await pdfText(Buffer.from(await note.arrayBuffer()))).text).toContain("For invoice INV-2026-000001");
  });

  it("keeps everyone else out: another customer gets 404, a signed-out reader 401", async () => {
    expect((await portal("invoice", paidId, bob.session)).status).toBe(404);
    expect((await portal("credit-note", creditNoteId, bob.session)).status).toBe(404);
    expect((await portal("credit-note", creditNoteId)).status).toBe(401);
  });
});
