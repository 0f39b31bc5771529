import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  checkout,
  getMyInvoice,
  getTokenBalance,
  listInvoices,
  listMyInvoices,
  markInvoicePaid,
  markInvoiceUncollectible,
  refundPayment,
  voidInvoice,
} from "../../../src";
import { createHarness, operator, tenantId, type Harness } from "../checkout/harness";

let h: Harness;
beforeAll(async () => {
  h = await createHarness();
  h.provider.mode = "decline";
});
afterAll(() => h.close());

/** An open invoice: a bundle whose card payment was declined. */
async function openInvoice(key: string) {
  const result = await checkout(h.ctx, h.deps, {
    userId: h.customerId,
    provider: "fake",
    idempotencyKey: key,
    cart: { currency: "EUR", items: [{ kind: "token_bundle", bundleId: h.catalogue.bundle }] },
  });
  expect(result.invoiceStatus).toBe("open");
  return result.invoiceId;
}

describe("invoice statuses", () => {
  it("mark paid (bank transfer): billing:manage only, audited, fulfils the purchase; a paid invoice can't be voided", async () => {
    const invoiceId = await openInvoice("mp");
    const viewer = { ...h.ctx, actor: operator(new Set(["billing:read"])) };
    await expect(markInvoicePaid(viewer, invoiceId)).rejects.toMatchObject({ code: "FORBIDDEN" });
    const paid = await markInvoicePaid(h.ctx, invoiceId, { reference: "SEPA 2026-01-11" });
    expect(paid).toMatchObject({ status: "paid", amountPaid: paid.total });
    expect(await getTokenBalance(h.db, tenantId, h.customerId)).toBe(1000);
    expect(await h.db.auditLog.findFirstOrThrow({ where: { action: "invoice.mark_paid", targetId: invoiceId } })).toMatchObject({
      data: expect.objectContaining({ reference: "SEPA 2026-01-11" }),
    });
    await expect(voidInvoice(h.ctx, invoiceId)).rejects.toMatchObject({ code: "INVOICE_PAID", status: "CONFLICT" });
    await expect(markInvoicePaid(h.ctx, invoiceId)).rejects.toMatchObject({ code: "INVOICE_NOT_PAYABLE" });
    // The recorded payment refunds without a provider call (money goes back the way it came).
    const payment = await h.db.payment.findFirstOrThrow({ where: { invoiceId, status: "succeeded" } });
    const refund = await refundPayment(h.ctx, h.deps, { paymentId: payment.id, amount: 100, idempotencyKey: "oob" });
    expect(refund).toMatchObject({ amount: 100, status: "succeeded" });
    expect(h.provider.calls.refund).toBe(0);
  });

  it("void: open → void; a void invoice can't be paid", async () => {
    const invoiceId = await openInvoice("void");
    expect(await voidInvoice(h.ctx, invoiceId, { reason: "duplicate order" })).toMatchObject({ status: "void" });
    await expect(markInvoicePaid(h.ctx, invoiceId)).rejects.toMatchObject({ code: "INVOICE_NOT_PAYABLE" });
    expect(await h.db.payment.count({ where: { invoiceId, status: { in: ["pending", "requires_action"] } } })).toBe(0);
    expect(await h.db.outboxEvent.count({ where: { name: "invoice.voided" } })).toBe(1);
  });

  it("uncollectible: only from open; it can still be paid later", async () => {
    const invoiceId = await openInvoice("unc");
    expect(await markInvoiceUncollectible(h.ctx, invoiceId)).toMatchObject({ status: "uncollectible" });
    expect(await markInvoicePaid(h.ctx, invoiceId)).toMatchObject({ status: "paid" });
    await expect(markInvoiceUncollectible(h.ctx, invoiceId)).rejects.toMatchObject({ code: "INVOICE_NOT_OPEN" });
  });

  it("customers see only their own invoices; operators see all, filtered", async () => {
    const mine = await listMyInvoices(h.ctx, h.customerId);
    expect(mine.total).toBe(3);
    const other = await h.db.user.create({ data: { tenantId, email: "eve@example.test" } });
    expect((await listMyInvoices(h.ctx, other.id)).total).toBe(0);
    await expect(getMyInvoice(h.ctx, other.id, mine.items[0]!.id)).rejects.toMatchObject({ code: "INVOICE_NOT_FOUND" });
    const detail = await getMyInvoice(h.ctx, h.customerId, mine.items[0]!.id);
    expect(detail.lines).toHaveLength(1);
    expect((await listInvoices(h.ctx, { status: "void" })).items.map((item) => item.status)).toEqual(["void"]);
    expect((await listInvoices(h.ctx, { search: "000002" })).items).toHaveLength(1);
    const numbers = (await listInvoices(h.ctx)).items.map((item) => item.number).sort();
    expect(numbers).toEqual(["INV-2026-000001", "INV-2026-000002", "INV-2026-000003"]);
    // The back-office sorts by a column either way; a page boundary never repeats an invoice.
    const sorted = async (direction: "asc" | "desc", page = 1, pageSize = 10) =>
      (await listInvoices(h.ctx, { sort: { by: "number", direction }, page, pageSize })).items.map((item) => item.number);
    expect(await sorted("asc")).toEqual(numbers);
    expect(await sorted("desc")).toEqual([...numbers].reverse());
    expect([...(await sorted("desc", 1, 2)), ...(await sorted("desc", 2, 2))]).toEqual([...numbers].reverse());
    await expect(listInvoices(h.ctx, { sort: { by: "userId" as "number", direction: "asc" } })).rejects.toThrow(/sort/);
  });
});
