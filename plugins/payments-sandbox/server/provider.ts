import { randomBytes } from "node:crypto";
import type { CreatePaymentInput, DbOrTx, PaymentProvider, ProviderPaymentResult, RefundInput, Tx } from "@tillbox/plugin-sdk";
import { cardByMethodId, chargeOutcome } from "./cards";
import { toProviderResult } from "./records";
import { SANDBOX_PROVIDER_KEY } from "./settings";
import { createSandboxSetups } from "./setups";
import { parseSandboxWebhook } from "./webhook";

const newId = (prefix: string) => `${prefix}_${randomBytes(12).toString("base64url")}`;

/** Runs `run` in a transaction, or inside the caller's when `db` already is one. */
function inTransaction<T>(db: DbOrTx, run: (tx: Tx) => Promise<T>): Promise<T> {
  return "$transaction" in db ? db.$transaction(run) : run(db);
}

function isUniqueViolation(error: unknown): boolean {
  return typeof error === "object" && error !== null && (error as { code?: unknown }).code === "P2002";
}

/**
 * The sandbox as a PaymentProvider. It keeps its state in payments_sandbox_* through `db`, so a
 * retrieve after a restart (or from the other app) sees the same payment. Test cards decide
 * the outcome (see cards.ts); nothing leaves the process.
 */
export function createSandboxProvider(options: { db: DbOrTx }): PaymentProvider {
  const { db } = options;

  async function load(providerPaymentId: string) {
    const row = await db.paymentsSandboxPayment.findUnique({ where: { id: providerPaymentId } });
    if (!row) throw new Error(`Sandbox payment ${providerPaymentId} does not exist.`);
    return row;
  }

  async function createPayment(input: CreatePaymentInput): Promise<ProviderPaymentResult> {
    const where = { tenantId_idempotencyKey: { tenantId: input.tenantId, idempotencyKey: input.idempotencyKey } };
    const existing = await db.paymentsSandboxPayment.findUnique({ where });
    if (existing) return replay(existing, input);

    const card = input.savedMethod ? cardByMethodId(input.savedMethod.providerMethodId) : undefined;
    const outcome = card ? chargeOutcome(card, { saved: true, offSession: input.offSession }) : null;
    const unknownMethod = input.savedMethod && !card;
    const data = {
      id: newId("sbx_pay"),
      tenantId: input.tenantId,
      paymentId: input.paymentId,
      invoiceId: input.invoiceId,
      userId: input.customer.userId,
      amount: input.amount,
      currency: input.currency.toUpperCase(),
      status: unknownMethod ? ("failed" as const) : (outcome?.status ?? ("awaiting_card" as const)),
      cardLast4: card?.last4 ?? null,
      savePaymentMethod: input.savePaymentMethod,
      offSession: input.offSession,
      failureCode: unknownMethod ? "invalid_payment_method" : (outcome?.failureCode ?? null),
      failureMessage: unknownMethod ? "Unknown sandbox payment method." : (outcome?.failureMessage ?? null),
      idempotencyKey: input.idempotencyKey,
    };
    try {
      return toProviderResult(await db.paymentsSandboxPayment.create({ data }));
    } catch (error) {
      // Two concurrent creates with one key: the loser answers with the winner's payment.
      if (!isUniqueViolation(error)) throw error;
      return replay(await db.paymentsSandboxPayment.findUniqueOrThrow({ where }), input);
    }
  }

  /** Same key, same request → same payment; same key, different request → refused (as Stripe does). */
  function replay(row: { amount: number; currency: string; paymentId: string } & Parameters<typeof toProviderResult>[0], input: CreatePaymentInput) {
    if (row.amount !== input.amount || row.currency !== input.currency.toUpperCase() || row.paymentId !== input.paymentId) {
      throw new Error(`Idempotency key ${input.idempotencyKey} was already used with different parameters.`);
    }
    return toProviderResult(row);
  }

  return {
    key: SANDBOX_PROVIDER_KEY,
    displayName: "Sandbox (test cards)",
    supportsSavedMethods: true,
    createPayment,
    ...createSandboxSetups(db),

    /** After the sandbox page: a 3-D Secure payment the customer confirmed succeeds; others are unchanged. */
    async capturePayment({ providerPaymentId }) {
      const row = await load(providerPaymentId);
      if (row.status !== "requires_action") return toProviderResult(row);
      await db.paymentsSandboxPayment.updateMany({
        where: { id: row.id, status: "requires_action" },
        data: { status: "succeeded", failureCode: null, failureMessage: null },
      });
      return toProviderResult(await load(providerPaymentId));
    },

    async retrievePayment(providerPaymentId) {
      return toProviderResult(await load(providerPaymentId));
    },

    async refund(input: RefundInput) {
      const payment = await load(input.providerPaymentId);
      const key = { tenantId_idempotencyKey: { tenantId: payment.tenantId, idempotencyKey: input.idempotencyKey } };
      const existing = await db.paymentsSandboxRefund.findUnique({ where: key });
      if (existing) return { providerRefundId: existing.id, status: "succeeded" as const };
      if (payment.status !== "succeeded") throw new Error(`Sandbox payment ${payment.id} is ${payment.status}; only succeeded payments can be refunded.`);
      if (!Number.isInteger(input.amount) || input.amount <= 0) throw new Error("Refund amount must be a positive integer.");
      try {
        const refund = await inTransaction(db, async (tx) => {
          // Conditional increment: concurrent refunds can never take more than was paid.
          const updated = await tx.paymentsSandboxPayment.updateMany({
            where: { id: payment.id, amountRefunded: { lte: payment.amount - input.amount } },
            data: { amountRefunded: { increment: input.amount } },
          });
          if (updated.count === 0) throw new Error(`Refund of ${input.amount} exceeds what is left to refund on ${payment.id}.`);
          return tx.paymentsSandboxRefund.create({
            data: {
              id: newId("sbx_re"),
              tenantId: payment.tenantId,
              sandboxPaymentId: payment.id,
              amount: input.amount,
              reason: input.reason ?? null,
              idempotencyKey: input.idempotencyKey,
            },
          });
        });
        return { providerRefundId: refund.id, status: "succeeded" as const };
      } catch (error) {
        // The same key raced in from another request: its refund stands, this one rolled back.
        if (!isUniqueViolation(error)) throw error;
        return { providerRefundId: (await db.paymentsSandboxRefund.findUniqueOrThrow({ where: key })).id, status: "succeeded" as const };
      }
    },

    async parseWebhook(request) {
      return parseSandboxWebhook(request);
    },
  };
}
