import { randomUUID } from "node:crypto";
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import type { CreatePaymentInput, PaymentProvider, ProviderPaymentResult } from "../../../../src";

interface StoredPayment {
  id: string;
  ourPaymentId: string;
  amount: number;
  currency: string;
  status: ProviderPaymentResult["status"];
}

interface ProviderFile {
  /** How createPayment answers: a saved card charged at once, or a 3-D Secure challenge. */
  mode: "succeed" | "requires_action";
  payments: Record<string, StoredPayment>;
  byKey: Record<string, string>;
  calls: { create: number; capture: number; retrieve: number };
}

/**
 * A payment provider whose state outlives the process that calls it, as a real PSP's does: every
 * call reads and writes a JSON file synchronously. A test kills the caller mid-way and a fresh
 * process asks the same "provider" what happened. Idempotency keys behave like Stripe's.
 */
export class DurableProvider implements PaymentProvider {
  readonly key = "durable";
  readonly displayName = "Durable test provider";
  readonly supportsSavedMethods = true;
  /** Called right after a provider call returned, before the caller sees the answer (a crash point). */
  afterCall: (method: string) => void = () => {};

  constructor(private readonly file: string) {}

  static create(file: string, mode: ProviderFile["mode"]): DurableProvider {
    writeFileSync(file, JSON.stringify({ mode, payments: {}, byKey: {}, calls: { create: 0, capture: 0, retrieve: 0 } } satisfies ProviderFile));
    return new DurableProvider(file);
  }

  read(): ProviderFile {
    if (!existsSync(this.file)) throw new Error(`provider state ${this.file} is missing`);
    return JSON.parse(readFileSync(this.file, "utf8")) as ProviderFile;
  }

  private write(state: ProviderFile): void {
    writeFileSync(this.file, JSON.stringify(state));
  }

  private result(payment: StoredPayment): ProviderPaymentResult {
    return {
      providerPaymentId: payment.id,
      status: payment.status,
      amountCaptured: payment.status === "succeeded" ? payment.amount : 0,
      currency: payment.currency,
      nextActionUrl: payment.status === "requires_action" ? `https://durable.test/3ds/${payment.id}` : null,
    };
  }

  async createPayment(input: CreatePaymentInput): Promise<ProviderPaymentResult> {
    const state = this.read();
    state.calls.create++;
    const known = state.byKey[input.idempotencyKey];
    const payment = known
      ? state.payments[known]!
      : {
          id: `dp_${randomUUID()}`,
          ourPaymentId: input.paymentId,
          amount: input.amount,
          currency: input.currency,
          status: state.mode === "succeed" ? ("succeeded" as const) : ("requires_action" as const),
        };
    state.payments[payment.id] = payment;
    state.byKey[input.idempotencyKey] = payment.id;
    this.write(state);
    this.afterCall("createPayment");
    return this.result(payment);
  }

  /** The customer passes 3-D Secure on the provider's page: the money moves. */
  completeAction(providerPaymentId: string): void {
    const state = this.read();
    state.payments[providerPaymentId]!.status = "succeeded";
    this.write(state);
  }

  async capturePayment(input: { providerPaymentId: string }): Promise<ProviderPaymentResult> {
    const state = this.read();
    state.calls.capture++;
    this.write(state);
    const payment = state.payments[input.providerPaymentId];
    if (!payment) throw new Error(`no such payment ${input.providerPaymentId}`);
    this.afterCall("capturePayment");
    return this.result(payment);
  }

  async retrievePayment(providerPaymentId: string): Promise<ProviderPaymentResult> {
    const state = this.read();
    state.calls.retrieve++;
    this.write(state);
    const payment = state.payments[providerPaymentId];
    if (!payment) throw new Error(`no such payment ${providerPaymentId}`);
    return this.result(payment);
  }

  async refund(): Promise<never> {
    throw new Error("not used by the crash tests");
  }

  async parseWebhook(): Promise<never> {
    throw new Error("not used by the crash tests");
  }
}
