/**
 * Runs one payment step against a test database and dies (SIGKILL) at a failpoint after the
 * provider call: the crash tests' "process". argv: the scenario as JSON (see capture-crash.test.ts).
 */
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient, type Db } from "@tillbox/db";
import { capturePayment, checkout, createTestClock, staticPaymentProviders, type BillingContext } from "../../../../src";
import { DurableProvider } from "./durable-provider";
import { die, failpointPool } from "./failpoint-pool";

interface Scenario {
  url: string;
  providerFile: string;
  now: string;
  step: "capture" | "checkout";
  /** "provider": die as the provider's answer arrives; otherwise a statement pattern. */
  point: { provider?: true; before?: string; after?: string };
  capture?: { paymentId: string; idempotencyKey: string };
  checkout?: { userId: string; cart: Parameters<typeof checkout>[2]["cart"]; provider: string; idempotencyKey: string };
}

const scenario = JSON.parse(process.argv[2]!) as Scenario;
let armed = false;
const pattern = (source?: string) => (source ? new RegExp(source) : undefined);
const pool = failpointPool(scenario.url, { before: pattern(scenario.point.before), after: pattern(scenario.point.after) }, () => armed);
const db = new PrismaClient({ adapter: new PrismaPg(pool) }) as Db;
const provider = new DurableProvider(scenario.providerFile);
provider.afterCall = (method) => {
  if (scenario.point.provider) die(`${method} returned`);
  armed = true;
};
const ctx: BillingContext = { db, tenantId: "default", clock: createTestClock(scenario.now), actor: null };
const deps = { providers: staticPaymentProviders([provider]), returnUrl: "https://shop.test/return" };

if (scenario.step === "capture") await capturePayment(ctx, deps, scenario.capture!);
else await checkout(ctx, deps, scenario.checkout!);
// Reaching this line means the failpoint never fired: the test must notice.
console.log("finished without crashing");
await db.$disconnect();
