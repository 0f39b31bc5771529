import { randomBytes } from "node:crypto";
import type { DbOrTx, ProviderSetupResult, SetupPaymentMethodInput } from "@tillbox/plugin-sdk";
import { cardByMethodId, chargeOutcome } from "./cards";
import { toSetupResult } from "./records";

const newSetupId = () => `sbx_seti_${randomBytes(12).toString("base64url")}`;

function isUniqueViolation(error: unknown): boolean {
  return typeof error === "object" && error !== null && (error as { code?: unknown }).code === "P2002";
}

/**
 * Payment method setups (Stripe's SetupIntent), kept as zero-amount sandbox payments "sbx_seti_…"
 * so the same sandbox page takes the card. Without a saved card the customer picks one on the page
 * (requires_action); with one, it is verified at once by the card table (0341 saves fine, 0002 is
 * declined, 3184 asks for 3-D Secure). confirmSetup completes a confirmed challenge, like capture.
 */
export function createSandboxSetups(db: DbOrTx) {
  async function load(providerSetupId: string) {
    const row = await db.paymentsSandboxPayment.findUnique({ where: { id: providerSetupId } });
    if (!row || !row.id.startsWith("sbx_seti_")) throw new Error(`Sandbox setup ${providerSetupId} does not exist.`);
    return row;
  }

  async function setupPaymentMethod(input: SetupPaymentMethodInput): Promise<ProviderSetupResult> {
    const where = { tenantId_idempotencyKey: { tenantId: input.tenantId, idempotencyKey: input.idempotencyKey } };
    const replay = async () => {
      const row = await db.paymentsSandboxPayment.findUniqueOrThrow({ where });
      if (row.paymentId !== input.reference) throw new Error(`Idempotency key ${input.idempotencyKey} was already used with different parameters.`);
      return toSetupResult(row);
    };
    if (await db.paymentsSandboxPayment.findUnique({ where })) return replay();
    const card = input.savedMethod ? cardByMethodId(input.savedMethod.providerMethodId) : undefined;
    const outcome = card ? chargeOutcome(card, { saved: false, offSession: false }) : null;
    try {
      const row = await db.paymentsSandboxPayment.create({
        data: {
          id: newSetupId(),
          tenantId: input.tenantId,
          paymentId: input.reference,
          invoiceId: "",
          userId: input.customer.userId,
          // XXX: ISO 4217's "no currency involved".
          amount: 0,
          currency: "XXX",
          status: outcome?.status ?? "awaiting_card",
          cardLast4: card?.last4 ?? null,
          savePaymentMethod: true,
          offSession: false,
          failureCode: outcome?.failureCode ?? null,
          failureMessage: outcome?.failureMessage ?? null,
          idempotencyKey: input.idempotencyKey,
        },
      });
      return toSetupResult(row);
    } catch (error) {
      if (!isUniqueViolation(error)) throw error;
      return replay();
    }
  }

  async function confirmSetup({ providerSetupId }: { providerSetupId: string }): Promise<ProviderSetupResult> {
    const row = await load(providerSetupId);
    if (row.status === "requires_action") {
      await db.paymentsSandboxPayment.updateMany({
        where: { id: row.id, status: "requires_action" },
        data: { status: "succeeded", failureCode: null, failureMessage: null },
      });
    }
    return toSetupResult(await load(providerSetupId));
  }

  return { setupPaymentMethod, confirmSetup };
}
