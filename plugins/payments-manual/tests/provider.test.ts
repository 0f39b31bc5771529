import { describe, expect, it } from "vitest";
import { pluginManifestSchema, WebhookVerificationError } from "@tillbox/plugin-sdk";
import plugin from "../plugin";
import { createManualProvider } from "../server/provider";
import { isValidIban, manualSettingsSchema } from "../server/settings";

const bank = { accountHolder: "Tillbox GmbH", iban: "DE89 3704 0044 0532 0130 00", bic: "COBADEFFXXX", bankName: "Commerzbank", paymentTermDays: 14 };
const input = {
  tenantId: "default",
  paymentId: "pay_1",
  invoiceId: "inv_1",
  amount: 2_900,
  currency: "EUR",
  description: "Pro plan",
  customer: { userId: "u1", email: null, name: null, country: "DE" },
  returnUrl: "http://localhost:3000/return",
  savePaymentMethod: false,
  offSession: false,
  idempotencyKey: "k1",
};

describe("bank transfer provider", () => {
  it("is a valid plugin registering the manual provider", () => {
    expect(pluginManifestSchema.safeParse(plugin).success).toBe(true);
    expect(plugin.paymentProvider.create(bank).key).toBe("manual");
  });

  it("prints bank details with the invoice number as reference", () => {
    const provider = createManualProvider(bank);
    expect(provider.invoiceInstructions?.({ invoiceNumber: "2025-0042", amount: 123_456, currency: "EUR" })).toBe(
      [
        "Please transfer EUR 1234.56 within 14 days to:",
        "Account holder: Tillbox GmbH",
        "IBAN: DE89 3704 0044 0532 0130 00",
        "BIC: COBADEFFXXX",
        "Bank: Commerzbank",
        "Reference: 2025-0042",
      ].join("\n"),
    );
    expect(
      createManualProvider({ ...bank, bic: "", bankName: "", paymentTermDays: 0 }).invoiceInstructions?.({
        invoiceNumber: "7",
        amount: 5_000,
        currency: "JPY",
      }),
    ).toBe("Please transfer JPY 5000 to:\nAccount holder: Tillbox GmbH\nIBAN: DE89 3704 0044 0532 0130 00\nReference: 7");
  });

  it("creates pending payments without calling anyone; retries get the same id", async () => {
    const provider = createManualProvider(bank);
    const first = await provider.createPayment(input);
    expect(first).toMatchObject({ providerPaymentId: "manual_pay_1", status: "pending", amountCaptured: 0, nextActionUrl: null });
    expect((await provider.createPayment(input)).providerPaymentId).toBe(first.providerPaymentId);
    expect((await provider.capturePayment({ providerPaymentId: "manual_pay_1", idempotencyKey: "c" })).status).toBe("pending");
    expect((await provider.retrievePayment("manual_pay_1")).status).toBe("pending");
    expect(provider.supportsSavedMethods).toBe(false);
  });

  it("refuses to take payments until bank details are set, and prints no half instructions", async () => {
    const provider = createManualProvider({});
    await expect(provider.createPayment(input)).rejects.toThrow(/accountHolder and iban/);
    expect(provider.invoiceInstructions?.({ invoiceNumber: "1", amount: 1, currency: "EUR" })).toBeNull();
  });

  it("records refunds as pending manual refunds and accepts no webhooks", async () => {
    const provider = createManualProvider(bank);
    expect(await provider.refund({ providerPaymentId: "manual_pay_1", amount: 500, currency: "EUR", idempotencyKey: "r1" })).toEqual({
      providerRefundId: "manual_refund_r1",
      status: "pending",
    });
    await expect(provider.parseWebhook({ headers: new Headers(), rawBody: "{}" })).rejects.toBeInstanceOf(WebhookVerificationError);
  });

  it("validates settings: IBAN checksum, BIC shape, ISO codes; empty defaults", () => {
    expect(isValidIban("DE89370400440532013000")).toBe(true);
    expect(isValidIban("GB82 WEST 1234 5698 7654 32")).toBe(true);
    expect(isValidIban("DE89370400440532013001")).toBe(false);
    expect(manualSettingsSchema.parse({})).toMatchObject({ countries: [], currencies: [], iban: "", accountHolder: "" });
    const bad = manualSettingsSchema.safeParse({ iban: "DE00 1234", bic: "nope", countries: ["Germany"] });
    expect(bad.success).toBe(false);
    expect(bad.error?.issues.map((issue) => issue.path.join("."))).toEqual(["countries.0", "iban", "bic"]);
  });
});
