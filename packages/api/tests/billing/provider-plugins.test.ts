import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { TRPCError } from "@trpc/server";
import { ensureBuiltinRoles } from "@tillbox/core";
import { createTestDb, type TestDb } from "@tillbox/db/testing";
import { createCallerFactory } from "@tillbox/trpc";
import { actorForUser, allScopes } from "../../src/access";
import { createContext } from "../../src/context";
import { paymentProvidersFor } from "../../src/payment-providers";
import { pluginServiceFor } from "../../src/plugin-runtime";
import { appRouter } from "../../src/root";

const tenantId = "default";
const PROVIDER_ENV = ["STRIPE_SECRET_KEY", "STRIPE_WEBHOOK_SECRET", "PAYPAL_CLIENT_ID", "PAYPAL_CLIENT_SECRET", "PAYPAL_WEBHOOK_ID"];
const saved = Object.fromEntries([...PROVIDER_ENV, "NODE_ENV"].map((name) => [name, process.env[name]]));
let t: TestDb;

beforeEach(async () => {
  for (const name of PROVIDER_ENV) delete process.env[name];
  t = await createTestDb();
});
afterEach(async () => {
  for (const [name, value] of Object.entries(saved)) {
    if (value === undefined) delete process.env[name];
    else process.env[name] = value;
  }
  await t.close();
});

async function adminCaller() {
  await ensureBuiltinRoles(t.db, tenantId, allScopes());
  const { id: roleId } = await t.db.role.findUniqueOrThrow({ where: { tenantId_key: { tenantId, key: "admin" } } });
  const user = await t.db.user.create({ data: { tenantId, email: "admin@example.test", roles: { create: { roleId } } } });
  return createCallerFactory(appRouter)(createContext({ headers: new Headers(), db: t.db, tenantId, actor: await actorForUser(t.db, user.id) }));
}

const statusOf = async (slug: string) => (await pluginServiceFor(t.db).info(slug)).status;

describe("payment provider plugins on a fresh install", () => {
  it("Stripe and PayPal without env keys: enabled (not error), left out of checkout, and their status names the missing variables", async () => {
    await pluginServiceFor(t.db).boot({ tenantId, actorId: null });
    for (const slug of ["payments-stripe", "payments-paypal", "payments-sandbox", "payments-manual"])
      expect([slug, await statusOf(slug)]).toEqual([slug, "enabled"]);

    const providers = await paymentProvidersFor(t.db);
    expect(
      providers
        .forCheckout("DE", "EUR")
        .map((provider) => provider.key)
        .sort(),
    ).toEqual(["manual", "sandbox"]);
    expect(providers.get("stripe")).toBeNull();

    const admin = await adminCaller();
    expect(await admin.paymentsStripe.status()).toMatchObject({
      configured: false,
      missing: ["STRIPE_SECRET_KEY", "STRIPE_WEBHOOK_SECRET"],
      unavailableReason: expect.stringContaining("STRIPE_SECRET_KEY and STRIPE_WEBHOOK_SECRET"),
    });
    expect((await admin.paymentsPaypal.status()).unavailableReason).toContain("PAYPAL_CLIENT_ID, PAYPAL_CLIENT_SECRET, PAYPAL_WEBHOOK_ID");

    // Keys set (and a restart, i.e. the next request): offered, no plugin toggling needed.
    Object.assign(process.env, {
      STRIPE_SECRET_KEY: "sk_test_x",
      STRIPE_WEBHOOK_SECRET: "whsec_x",
      PAYPAL_CLIENT_ID: "a",
      PAYPAL_CLIENT_SECRET: "b",
      PAYPAL_WEBHOOK_ID: "c",
    });
    expect(
      (await paymentProvidersFor(t.db))
        .forCheckout("DE", "EUR")
        .map((provider) => provider.key)
        .sort(),
    ).toEqual(["manual", "paypal", "sandbox", "stripe"]);
    expect((await admin.paymentsStripe.status()).unavailableReason).toBeNull();
  });
});

describe("the payments sandbox in production", () => {
  it("is not enabled at boot (error with the reason) and an operator's enable is refused with that reason", async () => {
    process.env.NODE_ENV = "production";
    const result = await pluginServiceFor(t.db).boot({ tenantId, actorId: null });
    expect(result.failed).toEqual(["payments-sandbox"]);
    const info = await pluginServiceFor(t.db).info("payments-sandbox");
    expect(info).toMatchObject({ status: "error", error: expect.stringMatching(/cannot be enabled in production/) });
    expect(await statusOf("payments-manual")).toBe("enabled");

    const admin = await adminCaller();
    const refused = await admin.plugins.enable({ slug: "payments-sandbox" }).then(
      () => null,
      (error: unknown) => error,
    );
    expect(refused).toBeInstanceOf(TRPCError);
    expect((refused as TRPCError).code).toBe("PRECONDITION_FAILED");
    expect((refused as TRPCError).message).toMatch(/Cannot enable "payments-sandbox": The payment sandbox accepts fake test cards/);
    expect(await statusOf("payments-sandbox")).toBe("error");
    expect((await paymentProvidersFor(t.db)).get("sandbox")).toBeNull();
  });
});
