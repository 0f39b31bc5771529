import type { CreatePaymentInput } from "@tillbox/plugin-sdk";
import { createTestDb, setPluginState, type TestDb } from "@tillbox/plugin-sdk/testing";
import { createSandboxProvider } from "../../server/provider";

/** A migrated database with the sandbox enabled, and a provider over it. */
export async function setupSandbox() {
  const testDb: TestDb = await createTestDb();
  await setPluginState(testDb.db, "payments-sandbox", true);
  return { db: testDb.db, provider: createSandboxProvider({ db: testDb.db }), close: () => testDb.close() };
}

export type SandboxSetup = Awaited<ReturnType<typeof setupSandbox>>;

let counter = 0;

/** A create input as checkout would send it; `overrides` change single fields. */
export function paymentInput(overrides: Partial<CreatePaymentInput> = {}): CreatePaymentInput {
  counter += 1;
  return {
    tenantId: "default",
    paymentId: `pay_${counter}`,
    invoiceId: `inv_${counter}`,
    amount: 2_900,
    currency: "EUR",
    description: "Pro plan",
    customer: { userId: "user_1", email: "ada@example.test", name: "Ada", country: "DE" },
    returnUrl: "http://localhost:3000/checkout/return",
    savePaymentMethod: false,
    offSession: false,
    idempotencyKey: `key_${counter}_${Math.random()}`,
    ...overrides,
  };
}
