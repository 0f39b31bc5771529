import { spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { capturePayment, checkout, getTokenBalance, recoverStalePayments, staticPaymentProviders, type CheckoutDeps, type CheckoutInput } from "../../../src";
import { createHarness, tenantId, type Harness } from "../checkout/harness";
import { DurableProvider } from "./crash/durable-provider";

/**
 * The process that records a payment is SIGKILLed at each step after the provider said money
 * moved; a fresh process then runs the recovery sweep. Whatever the step, the payment ends
 * recorded exactly once and the customer gets what they paid for, exactly once. Needs the
 * PostgreSQL server (two processes share the database); on in-memory PGlite there is nothing to share.
 */
const child = fileURLToPath(new URL("./crash/crash-child.ts", import.meta.url));
const onServer = Boolean(process.env.DATABASE_URL);

let h: Harness;
let dir: string;
let provider: DurableProvider;
let deps: CheckoutDeps;
const cart: CheckoutInput["cart"] = {
  currency: "EUR",
  items: [
    { kind: "plan", planId: "" },
    { kind: "token_bundle", bundleId: "" },
  ],
};

beforeEach(async () => {
  h = await createHarness();
  dir = mkdtempSync(join(tmpdir(), "tillbox-crash-"));
  cart.items = [
    { kind: "plan", planId: h.catalogue.monthly },
    { kind: "token_bundle", bundleId: h.catalogue.bundle },
  ];
});
afterEach(async () => {
  await h.close();
  rmSync(dir, { recursive: true, force: true });
});

function useProvider(mode: "succeed" | "requires_action") {
  provider = DurableProvider.create(join(dir, "provider.json"), mode);
  deps = { providers: staticPaymentProviders([provider]), returnUrl: "https://shop.test/return" };
}

/** Runs the child until it kills itself; resolves with what it printed and how it ended. */
function crash(scenario: Record<string, unknown>): Promise<{ signal: NodeJS.Signals | null; output: string }> {
  const run = spawn(
    process.execPath,
    ["--import", "tsx", child, JSON.stringify({ url: h.test.url, providerFile: join(dir, "provider.json"), now: h.clock.now().toISOString(), ...scenario })],
    {
      stdio: ["ignore", "pipe", "pipe"],
    },
  );
  let output = "";
  run.stdout.on("data", (chunk: Buffer) => (output += chunk.toString()));
  run.stderr.on("data", (chunk: Buffer) => (output += chunk.toString()));
  return new Promise((resolve) => run.on("exit", (_code, signal) => resolve({ signal, output })));
}

/** What the customer holds and what was recorded, after recovery. */
async function outcome(invoiceId: string) {
  const payments = await h.db.payment.findMany({ where: { invoiceId } });
  const events = await h.db.outboxEvent.findMany({ where: { name: { in: ["payment.captured", "invoice.paid", "tokens.credited", "subscription.created"] } } });
  const count = (name: string) => events.filter((event) => event.name === name).length;
  return {
    payments: payments.map((payment) => payment.status),
    invoice: (await h.db.invoice.findUniqueOrThrow({ where: { id: invoiceId } })).status,
    subscription: (await h.db.subscription.findFirstOrThrow()).status,
    tokens: await getTokenBalance(h.db, tenantId, h.customerId),
    purchaseEntries: await h.db.tokenLedgerEntry.count({ where: { kind: "purchase", reference: invoiceId } }),
    captured: count("payment.captured"),
    paid: count("invoice.paid"),
    issues: await h.db.paymentIssue.count(),
    providerPayments: Object.keys(provider.read().payments).length,
  };
}

const delivered = {
  payments: ["succeeded"],
  invoice: "paid",
  subscription: "active",
  tokens: 1000,
  purchaseEntries: 1,
  captured: 1,
  paid: 1,
  issues: 0,
  providerPayments: 1,
};

describe.skipIf(!onServer)("a crash after the provider took the money", () => {
  const capturePoints = [
    { name: "as the provider's answer arrives", point: { provider: true } },
    { name: "before the payment row is written", point: { before: '^UPDATE "public"."billing_payment"' } },
    { name: "in the middle of delivering (crediting tokens)", point: { before: 'INSERT INTO "billing_token_ledger_entry"' } },
    { name: "with everything written but not committed", point: { before: "^COMMIT$" } },
    { name: "after the commit, before answering", point: { after: "^COMMIT$" } },
  ];

  it.each(capturePoints)("capture killed $name: the sweep records it once and delivers once", async ({ point }) => {
    useProvider("requires_action");
    const started = await checkout(h.ctx, deps, { userId: h.customerId, provider: "durable", idempotencyKey: "buy", cart });
    expect(started.status).toBe("requires_action");
    const providerPaymentId = (await h.db.payment.findUniqueOrThrow({ where: { id: started.paymentId! } })).providerPaymentId!;
    provider.completeAction(providerPaymentId);

    const killed = await crash({ step: "capture", point, capture: { paymentId: started.paymentId, idempotencyKey: "capture-1" } });
    expect(killed.output).toMatch(/failpoint: /);
    expect(killed.signal).toBe("SIGKILL");

    // The restarted app's sweep runs once the payment's first check is due.
    h.clock.advance(11 * 60_000);
    await recoverStalePayments({ db: h.db, clock: h.clock }, deps);
    expect(await outcome(started.invoiceId)).toEqual(delivered);
    // The customer's browser retries its capture with the same key: the same answer, nothing more.
    expect(await capturePayment(h.ctx, deps, { paymentId: started.paymentId!, idempotencyKey: "capture-1" })).toMatchObject({
      status: "succeeded",
      invoiceStatus: "paid",
    });
    await recoverStalePayments({ db: h.db, clock: h.clock }, deps);
    expect(await outcome(started.invoiceId)).toEqual(delivered);
  });

  it("checkout killed as a charge of a saved card succeeds: the sweep asks again with the same key, never charging twice", async () => {
    useProvider("succeed");
    const killed = await crash({
      step: "checkout",
      point: { provider: true },
      checkout: { userId: h.customerId, provider: "durable", idempotencyKey: "buy", cart },
    });
    expect(killed.signal).toBe("SIGKILL");
    const invoice = await h.db.invoice.findFirstOrThrow();
    expect((await h.db.payment.findFirstOrThrow()).providerPaymentId).toBeNull();

    h.clock.advance(11 * 60_000);
    expect(await recoverStalePayments({ db: h.db, clock: h.clock }, deps)).toEqual({ checked: 1, settled: 1, canceled: 0 });
    expect(await outcome(invoice.id)).toEqual(delivered);
    expect(provider.read().calls.create).toBe(2);
    // The customer retries the checkout with the same Idempotency-Key once the crashed run is stale: the same invoice, no second one.
    const retried = await checkout(h.ctx, deps, { userId: h.customerId, provider: "durable", idempotencyKey: "buy", cart });
    expect(retried).toMatchObject({ invoiceId: invoice.id, status: "succeeded" });
    expect(await h.db.invoice.count()).toBe(1);
    expect(await outcome(invoice.id)).toEqual(delivered);
  });
});
