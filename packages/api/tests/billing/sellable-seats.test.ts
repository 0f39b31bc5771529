/**
 * A plugin's sellable end to end on PostgreSQL (PGlite serialises everything, so the races are only
 * real with DATABASE_URL): the seat-shop fixture sells seats from a limited stock through
 * definePlugin({ sellables }), registered as the runtime registers installed plugins.
 */
import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import {
  checkout,
  DomainError,
  fulfilLines,
  handleProviderWebhook,
  refundPayment,
  registerPluginSellables,
  voidInvoice,
  type BillingContext,
  type CheckoutDeps,
} from "@tillbox/core";
import { pluginManifestSchema } from "@tillbox/plugin-sdk";
import { createHarness, type Harness } from "../../../core/tests/billing/checkout/harness";
import seatShop from "./fixtures/seat-shop/plugin";
import { createSeat, createSeatTables, seatHolders, seatsAvailable } from "./fixtures/seat-shop/stock";

let h: Harness;
let deps: CheckoutDeps;
let seatId: string;
beforeAll(async () => {
  h = await createHarness();
  await createSeatTables(h.db);
  registerPluginSellables([seatShop]);
  deps = { ...h.deps, enabledPlugins: ["seat-shop"] };
});
afterAll(() => h.close());
beforeEach(async () => {
  seatId = randomUUID();
  await createSeat(h.db, { id: seatId, tenantId: "default", name: "Front row", unitAmount: 2500, available: 1 });
  h.provider.mode = "succeed";
});

const seatCart = () => ({ currency: "EUR", items: [{ kind: "seat-shop:seat" as const, seatId }] });
const buy = (ctx: BillingContext, key: string, extra: Partial<CheckoutDeps> = {}) =>
  checkout(ctx, { ...deps, ...extra }, { userId: h.customerId, cart: seatCart(), provider: "fake", idempotencyKey: `${key}-${seatId}` });
const lineState = async (invoiceId: string) => (await h.db.invoiceLine.findFirstOrThrow({ where: { invoiceId, kind: "seat-shop:seat" } })).fulfilment;

describe("definePlugin({ sellables })", () => {
  it("the manifest schema accepts the seat sellable and refuses a kind outside the plugin's namespace", () => {
    expect(pluginManifestSchema.parse(seatShop).sellables.map((sellable) => sellable.kind)).toEqual(["seat-shop:seat"]);
    const foreign = { ...seatShop, sellables: [{ ...seatShop.sellables[0], kind: "other:seat" }] };
    const result = pluginManifestSchema.safeParse(foreign);
    expect(result.success).toBe(false);
    expect(result.error!.issues[0]).toMatchObject({ path: ["sellables", 0, "kind"], message: 'must start with "seat-shop:"' });
  });

  it("a disabled plugin's sellable is refused at checkout, naming the cart item; nothing is written or reserved", async () => {
    const error = await buy(h.ctx, "disabled", { enabledPlugins: [] }).catch((caught) => caught);
    expect(error).toBeInstanceOf(DomainError);
    expect(error).toMatchObject({ code: "SELLABLE_UNAVAILABLE", status: "PRECONDITION_FAILED" });
    expect(error.message).toContain('"seat-shop:seat" is sold by the plugin "seat-shop", which is not enabled (field: items[0].kind)');
    expect(await seatsAvailable(h.db, seatId)).toBe(1);
  });

  it("an item of a kind nobody sells is refused on its kind; a plugin can't register a kind outside its namespace", async () => {
    const cart = { currency: "EUR", items: [{ kind: "nobody:sells-this" as const }] };
    await expect(checkout(h.ctx, deps, { userId: h.customerId, cart, provider: "fake", idempotencyKey: "unknown-kind" })).rejects.toMatchObject({
      code: "CART_INVALID",
      message: 'nothing called "nobody:sells-this" is sold here (field: items.0.kind)',
    });
    expect(() => registerPluginSellables([{ slug: "other", sellables: [seatShop.sellables[0]] }])).toThrow('already registered by plugin "seat-shop"');
    expect(() => registerPluginSellables([{ slug: "other", sellables: [{ ...seatShop.sellables[0], kind: "seat-shop2:seat" }] }])).toThrow(
      'Plugin "other" sellable kind "seat-shop2:seat" must look like "other:<name>".',
    );
  });

  it("an item that doesn't match the sellable's schema is refused on its own field", async () => {
    const cart = { currency: "EUR", items: [{ kind: "seat-shop:seat" as const, seatId: "not-a-uuid" }] };
    await expect(checkout(h.ctx, deps, { userId: h.customerId, cart, provider: "fake", idempotencyKey: "bad-seat" })).rejects.toMatchObject({
      code: "CART_INVALID",
      message: expect.stringContaining("(field: items.0.seatId)"),
    });
  });
});

describe("seat sellable", () => {
  it("paid: the seat is reserved at checkout, fulfilled with the payment, and the line records it", async () => {
    const result = await buy(h.ctx, "paid");
    expect(result).toMatchObject({ status: "succeeded", invoiceStatus: "paid", total: 2500 + 475 });
    expect(await seatsAvailable(h.db, seatId)).toBe(0);
    expect(await seatHolders(h.db, seatId)).toEqual([{ userId: h.customerId, quantity: 1 }]);
    expect(await lineState(result.invoiceId)).toBe("fulfilled");
  });

  it("N checkouts racing for the last seat: exactly one gets it, the others are refused SEAT_SOLD_OUT with nothing written", async () => {
    const wide = h.wideDb(10);
    const invoicesBefore = await h.db.invoice.count();
    const racers = 8;
    const results = await Promise.allSettled(Array.from({ length: racers }, (_, index) => buy({ ...h.ctx, db: index % 2 ? wide : h.db }, `race-${index}`)));
    const won = results.filter((result) => result.status === "fulfilled");
    const lost = results.flatMap((result) => (result.status === "rejected" ? [result.reason] : []));
    expect(won).toHaveLength(1);
    expect(lost).toHaveLength(racers - 1);
    for (const error of lost) expect(error).toMatchObject({ code: "SEAT_SOLD_OUT", message: expect.stringContaining("(field: items[0].seatId)") });
    expect(await seatsAvailable(h.db, seatId)).toBe(0);
    expect(await seatHolders(h.db, seatId)).toHaveLength(1);
    expect(await h.db.invoice.count()).toBe(invoicesBefore + 1);
  }, 120_000);

  it("a declined card releases the seat at once; voiding the invoice later does not release it twice", async () => {
    h.provider.mode = "decline";
    const result = await buy(h.ctx, "declined");
    expect(result).toMatchObject({ status: "failed", invoiceStatus: "open", failureCode: "card_declined" });
    expect(await seatsAvailable(h.db, seatId)).toBe(1);
    expect(await lineState(result.invoiceId)).toBe("released");
    await voidInvoice(h.ctx, result.invoiceId, { reason: "customer left" });
    expect(await seatsAvailable(h.db, seatId)).toBe(1);
    expect(await seatHolders(h.db, seatId)).toEqual([]);
  });

  it("voiding an unpaid invoice gives its reserved seat back", async () => {
    h.provider.mode = "requires_action";
    const result = await buy(h.ctx, "void");
    expect(await seatsAvailable(h.db, seatId)).toBe(0);
    await voidInvoice(h.ctx, result.invoiceId, { reason: "expired" });
    expect(await seatsAvailable(h.db, seatId)).toBe(1);
    expect(await lineState(result.invoiceId)).toBe("released");
  });

  it("a provider webhook replayed and retried concurrently fulfils the seat exactly once", async () => {
    h.provider.mode = "requires_action";
    const result = await buy(h.ctx, "webhook");
    const payment = await h.db.payment.findUniqueOrThrow({ where: { id: result.paymentId! } });
    h.provider.completeAction(payment.providerPaymentId!);
    const wide = h.wideDb(10);
    const deliveries = ["evt_a", "evt_a", "evt_a", "evt_b", "evt_c", "evt_d"].map((id, index) => {
      const raw = JSON.stringify({ id: `${id}-${seatId}`, type: "payment.updated", providerPaymentId: payment.providerPaymentId });
      const webhookDeps = { db: index % 2 ? wide : h.db, providers: h.deps.providers, clock: h.clock };
      return handleProviderWebhook(webhookDeps, "fake", { headers: h.provider.sign(raw), rawBody: raw });
    });
    await Promise.allSettled(deliveries);
    expect((await h.db.invoice.findUniqueOrThrow({ where: { id: result.invoiceId } })).status).toBe("paid");
    expect(await seatHolders(h.db, seatId)).toEqual([{ userId: h.customerId, quantity: 1 }]);
    expect(await seatsAvailable(h.db, seatId)).toBe(0);
    expect(await lineState(result.invoiceId)).toBe("fulfilled");
  }, 120_000);

  it("two transactions fulfilling the same lines at once (no invoice lock between them): the line is fulfilled once", async () => {
    h.provider.mode = "requires_action";
    const result = await buy(h.ctx, "direct-race");
    const wide = h.wideDb(4);
    const fulfil = (db: typeof h.db) =>
      db.$transaction(async (tx) => {
        const invoice = await tx.invoice.findUniqueOrThrow({ where: { id: result.invoiceId }, include: { lines: true } });
        await fulfilLines(tx, { ...h.ctx, db }, invoice, h.clock.now());
      });
    await Promise.all([fulfil(h.db), fulfil(wide), fulfil(h.db), fulfil(wide)]);
    expect(await seatHolders(h.db, seatId)).toHaveLength(1);
    expect(await seatsAvailable(h.db, seatId)).toBe(0);
  }, 60_000);

  it("a partial refund keeps the seat; refunding the rest reverses it once and the seat returns to stock", async () => {
    const result = await buy(h.ctx, "refund");
    await refundPayment(h.ctx, h.deps, { invoiceId: result.invoiceId, amount: 1000, idempotencyKey: `part-${seatId}` });
    expect(await seatHolders(h.db, seatId)).toHaveLength(1);
    expect(await lineState(result.invoiceId)).toBe("fulfilled");
    await refundPayment(h.ctx, h.deps, { invoiceId: result.invoiceId, idempotencyKey: `rest-${seatId}` });
    expect(await seatHolders(h.db, seatId)).toEqual([]);
    expect(await seatsAvailable(h.db, seatId)).toBe(1);
    expect(await lineState(result.invoiceId)).toBe("reversed");
  });
});
