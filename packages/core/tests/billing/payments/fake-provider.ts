import { createHmac, randomUUID, timingSafeEqual } from "node:crypto";
import {
  WebhookVerificationError,
  type Clock,
  type CreatePaymentInput,
  type PaymentProvider,
  type ProviderPaymentResult,
  type ProviderRefundResult,
  type ProviderSetupResult,
  type RefundInput,
  type SetupPaymentMethodInput,
} from "../../../src";

/** pending: an asynchronous method (SEPA debit…) whose outcome arrives later by webhook. */
export type FakeMode = "succeed" | "decline" | "requires_action" | "pending" | "throw";

/**
 * An in-test PaymentProvider implementing the contract like a real one would: it remembers what it
 * was asked (per idempotency key, as Stripe does), answers retrievePayment with its own truth, and
 * verifies webhooks with an HMAC over `t.body` and a 300 s tolerance against the test clock.
 */
export class FakeProvider implements PaymentProvider {
  readonly displayName = "Fake card";
  readonly supportsSavedMethods = true;
  mode: FakeMode = "succeed";
  /** pending: accepted, settled later by settleRefund (Stripe's pending refunds). */
  refundMode: "succeed" | "fail" | "pending" = "succeed";
  readonly refundStates = new Map<string, ProviderRefundResult>();
  readonly payments = new Map<string, ProviderPaymentResult & { amount: number; currency: string; ourPaymentId: string }>();
  /** How setupPaymentMethod (trials) answers; "succeed" saves a card at once. */
  setupMode: FakeMode = "succeed";
  readonly setups = new Map<string, ProviderSetupResult>();
  readonly calls = { create: 0, capture: 0, retrieve: 0, refund: 0, retrieveRefund: 0, setup: 0, confirmSetup: 0, retrieveSetup: 0 };
  readonly refunds: RefundInput[] = [];
  private readonly byKey = new Map<string, unknown>();

  constructor(
    readonly key: string,
    private readonly clock: Clock,
    readonly secret = "whsec_test_secret",
  ) {}

  async createPayment(input: CreatePaymentInput): Promise<ProviderPaymentResult> {
    this.calls.create++;
    const previous = this.byKey.get(input.idempotencyKey) as ProviderPaymentResult | undefined;
    if (previous) return previous;
    if (this.mode === "throw") throw new Error("fake provider is down");
    const id = `fp_${randomUUID()}`;
    const status = this.mode === "succeed" ? "succeeded" : this.mode === "decline" ? "failed" : this.mode === "pending" ? "pending" : "requires_action";
    const result: ProviderPaymentResult = {
      providerPaymentId: id,
      status,
      amountCaptured: status === "succeeded" ? input.amount : 0,
      currency: input.currency,
      nextActionUrl: status === "requires_action" ? `https://fake.test/3ds/${id}` : null,
      failureCode: status === "failed" ? "card_declined" : null,
      savedMethod:
        input.savePaymentMethod && status === "succeeded"
          ? { providerMethodId: `pm_${id}`, providerCustomerId: `cus_${input.customer.userId}`, brand: "visa", last4: "4242", expMonth: 12, expYear: 2030 }
          : null,
    };
    this.payments.set(id, { ...result, amount: input.amount, currency: input.currency, ourPaymentId: input.paymentId });
    this.byKey.set(input.idempotencyKey, result);
    return result;
  }

  async setupPaymentMethod(input: SetupPaymentMethodInput): Promise<ProviderSetupResult> {
    this.calls.setup++;
    const previous = this.byKey.get(input.idempotencyKey) as ProviderSetupResult | undefined;
    if (previous) return previous;
    if (this.setupMode === "throw") throw new Error("fake provider is down");
    const id = `fs_${randomUUID()}`;
    const status = this.setupMode === "succeed" ? "succeeded" : this.setupMode === "decline" ? "failed" : "requires_action";
    const result: ProviderSetupResult = {
      providerSetupId: id,
      status,
      nextActionUrl: status === "requires_action" ? `https://fake.test/setup/${id}` : null,
      failureCode: status === "failed" ? "card_declined" : null,
      failureMessage: status === "failed" ? "Your card was declined." : null,
      savedMethod: status === "succeeded" ? this.methodFor(id, input.customer.userId) : null,
    };
    this.setups.set(id, result);
    this.byKey.set(input.idempotencyKey, result);
    return result;
  }

  /** The customer finishes the setup page. */
  completeSetup(providerSetupId: string, outcome: "succeeded" | "failed" = "succeeded") {
    const setup = this.setups.get(providerSetupId)!;
    Object.assign(setup, {
      status: outcome,
      nextActionUrl: null,
      savedMethod: outcome === "succeeded" ? this.methodFor(providerSetupId, "customer") : null,
      failureCode: outcome === "failed" ? "card_declined" : null,
    });
  }

  async confirmSetup(input: { providerSetupId: string; idempotencyKey: string }): Promise<ProviderSetupResult> {
    this.calls.confirmSetup++;
    const setup = this.setups.get(input.providerSetupId);
    if (!setup) throw new Error(`no such setup ${input.providerSetupId}`);
    return { ...setup };
  }

  /** A read only: the webhook path uses it (confirmSetup is capture's). */
  async retrieveSetup(providerSetupId: string): Promise<ProviderSetupResult> {
    this.calls.retrieveSetup++;
    const setup = this.setups.get(providerSetupId);
    if (!setup) throw new Error(`no such setup ${providerSetupId}`);
    return { ...setup };
  }

  private methodFor(setupId: string, userId: string) {
    return { providerMethodId: `pm_${setupId}`, providerCustomerId: `cus_${userId}`, brand: "visa", last4: "4242", expMonth: 12, expYear: 2030 };
  }

  /** The customer passes 3-D Secure on the provider's page. */
  completeAction(providerPaymentId: string, outcome: "succeeded" | "failed" = "succeeded") {
    const payment = this.payments.get(providerPaymentId)!;
    payment.status = outcome;
    payment.amountCaptured = outcome === "succeeded" ? payment.amount : 0;
    payment.nextActionUrl = null;
  }

  async capturePayment(input: { providerPaymentId: string; idempotencyKey: string }): Promise<ProviderPaymentResult> {
    this.calls.capture++;
    return this.retrievePayment(input.providerPaymentId);
  }

  async retrievePayment(providerPaymentId: string): Promise<ProviderPaymentResult> {
    this.calls.retrieve++;
    const payment = this.payments.get(providerPaymentId);
    if (!payment) throw new Error(`no such payment ${providerPaymentId}`);
    const { amount: _amount, ourPaymentId: _ours, ...result } = payment;
    return { ...result };
  }

  async refund(input: RefundInput): Promise<ProviderRefundResult> {
    this.calls.refund++;
    const previous = this.byKey.get(input.idempotencyKey) as ProviderRefundResult | undefined;
    if (previous) return previous;
    if (this.refundMode === "fail") return { providerRefundId: "", status: "failed" };
    this.refunds.push(input);
    const result: ProviderRefundResult = { providerRefundId: `re_${randomUUID()}`, status: this.refundMode === "pending" ? "pending" : "succeeded" };
    this.refundStates.set(result.providerRefundId, { ...result });
    this.byKey.set(input.idempotencyKey, result);
    return result;
  }

  /** The provider settles a pending refund. */
  settleRefund(providerRefundId: string, status: ProviderRefundResult["status"]) {
    this.refundStates.get(providerRefundId)!.status = status;
  }

  async retrieveRefund(providerRefundId: string): Promise<ProviderRefundResult> {
    this.calls.retrieveRefund++;
    const refund = this.refundStates.get(providerRefundId);
    if (!refund) throw new Error(`no such refund ${providerRefundId}`);
    return { ...refund };
  }

  sign(body: string, at = this.clock.now()): Headers {
    const t = Math.floor(at.getTime() / 1000);
    const v1 = createHmac("sha256", this.secret).update(`${t}.${body}`).digest("hex");
    return new Headers({ "x-fake-signature": `t=${t},v1=${v1}` });
  }

  async parseWebhook(request: { headers: Headers; rawBody: string }) {
    const header = request.headers.get("x-fake-signature") ?? "";
    const parts = Object.fromEntries(header.split(",").map((part) => part.split("=") as [string, string]));
    const t = Number(parts.t);
    if (!parts.v1 || !Number.isFinite(t)) throw new WebhookVerificationError("missing signature");
    const expected = createHmac("sha256", this.secret).update(`${t}.${request.rawBody}`).digest();
    const given = Buffer.from(parts.v1, "hex");
    if (given.length !== expected.length || !timingSafeEqual(given, expected)) throw new WebhookVerificationError("bad signature");
    if (Math.abs(this.clock.now().getTime() / 1000 - t) > 300) throw new WebhookVerificationError("signature timestamp outside the tolerance");
    const body = JSON.parse(request.rawBody) as {
      id: string;
      type: "payment.updated" | "refund.updated" | "ignored";
      providerPaymentId?: string;
      providerRefundId?: string;
    };
    if (body.type === "refund.updated") return { id: body.id, type: body.type, providerRefundId: body.providerRefundId };
    return { id: body.id, type: body.type, providerPaymentId: body.providerPaymentId };
  }
}
