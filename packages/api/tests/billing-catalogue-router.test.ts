import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { TRPCError } from "@trpc/server";
import type { ZodError } from "zod";
import { ensureBuiltinRoles } from "@tillbox/core";
import { createTestDb, type TestDb } from "@tillbox/db/testing";
import { createCallerFactory, type Actor } from "@tillbox/trpc";
import { actorForUser, allScopes } from "../src/access";
import { createContext } from "../src/context";
import { appRouter } from "../src/root";

const tenantId = "default";
let t: TestDb;

beforeEach(async () => {
  t = await createTestDb();
  await ensureBuiltinRoles(t.db, tenantId, allScopes());
});
afterEach(async () => {
  await t.close();
});

async function actorWithRole(role: string): Promise<Actor> {
  const { id: roleId } = await t.db.role.findUniqueOrThrow({ where: { tenantId_key: { tenantId, key: role } } });
  const user = await t.db.user.create({ data: { tenantId, email: `${role}@example.test`, roles: { create: { roleId } } } });
  return actorForUser(t.db, user.id);
}

const callerAs = (actor?: Actor) =>
  createCallerFactory(appRouter)(createContext({ headers: new Headers({ "user-agent": "router-test" }), db: t.db, tenantId, actor }));

async function errorOf(call: Promise<unknown>): Promise<TRPCError> {
  try {
    await call;
  } catch (error) {
    if (error instanceof TRPCError) return error;
    throw error;
  }
  throw new Error("expected the call to fail");
}

describe("billing.catalogue and billing.settings through tRPC", () => {
  it("an admin builds the catalogue; anyone reads the public listing; archived plans stay admin-only", async () => {
    const admin = callerAs(await actorWithRole("admin"));
    await admin.billing.catalogue.admin.currencies.upsert({ code: "EUR" });
    await admin.billing.catalogue.admin.currencies.upsert({ code: "JPY" });
    const category = await admin.billing.catalogue.admin.categories.create({ slug: "plans", name: "Plans", isSingle: true });
    const starter = await admin.billing.catalogue.admin.plans.create({
      slug: "starter",
      name: "Starter",
      categoryId: category.id,
      interval: "month",
      trialDays: 14,
      tokenGrant: 1000,
      prices: [
        { currency: "EUR", unitAmount: 900 },
        { currency: "JPY", unitAmount: 1500 },
      ],
    });
    const legacy = await admin.billing.catalogue.admin.plans.create({
      slug: "legacy",
      name: "Legacy",
      interval: "year",
      prices: [{ currency: "EUR", unitAmount: 9900 }],
    });
    await admin.billing.catalogue.admin.plans.archive({ id: legacy.id });

    const anonymous = callerAs();
    const listing = await anonymous.billing.catalogue.plans({ currency: "JPY" });
    expect(listing.groups.map((group) => [group.category?.slug, group.plans.map((plan) => [plan.id, plan.price.unitAmount])])).toEqual([
      ["plans", [[starter.id, 1500]]],
    ]);
    expect((await anonymous.billing.catalogue.plans()).groups.flatMap((group) => group.plans.map((plan) => plan.slug))).toEqual(["starter"]);
    expect((await admin.billing.catalogue.admin.plans.list()).map((plan) => [plan.slug, plan.status])).toEqual([
      ["starter", "active"],
      ["legacy", "archived"],
    ]);

    const audit = await t.db.auditLog.findMany({ where: { action: { startsWith: "plan." } }, orderBy: { createdAt: "asc" } });
    expect(audit.map((entry) => [entry.action, entry.userAgent])).toEqual([
      ["plan.create", "router-test"],
      ["plan.create", "router-test"],
      ["plan.archive", "router-test"],
    ]);
  });

  it("support reads but can't write; customers can't read the admin catalogue", async () => {
    const support = callerAs(await actorWithRole("support"));
    expect(await support.billing.catalogue.admin.plans.list()).toEqual([]);
    expect((await errorOf(support.billing.catalogue.admin.currencies.upsert({ code: "EUR" }))).code).toBe("FORBIDDEN");
    const customer = callerAs(await actorWithRole("user"));
    expect((await errorOf(customer.billing.catalogue.admin.plans.list())).code).toBe("FORBIDDEN");
    expect((await errorOf(customer.billing.settings.get())).code).toBe("FORBIDDEN");
  });

  it("answers bad input with field errors and domain failures with their code", async () => {
    const admin = callerAs(await actorWithRole("admin"));
    const invalid = await errorOf(admin.billing.catalogue.admin.plans.create({ slug: "Bad Slug", name: "", interval: "month" }));
    expect(invalid.code).toBe("BAD_REQUEST");
    // The zod error behind it is what the error formatter turns into fieldErrors.
    expect((invalid.cause as ZodError).issues.map((issue) => issue.path.join(".")).sort()).toEqual(["name", "slug"]);

    const notEnabled = await errorOf(
      admin.billing.catalogue.admin.plans.create({ slug: "pro", name: "Pro", interval: "month", prices: [{ currency: "USD", unitAmount: 1 }] }),
    );
    expect(notEnabled).toMatchObject({ code: "BAD_REQUEST", message: expect.stringContaining("field: prices.USD") });

    const settings = await errorOf(admin.billing.settings.update({ invoiceNumberFormat: "INV-{YYYY}" }));
    expect(settings.code).toBe("BAD_REQUEST");
    const owner = callerAs(await actorWithRole("owner"));
    expect(await owner.billing.settings.update({ legalName: "Tillbox Demo GmbH", invoiceDueDays: 30 })).toMatchObject({
      legalName: "Tillbox Demo GmbH",
      invoiceDueDays: 30,
    });
    expect((await admin.billing.settings.get()).legalName).toBe("Tillbox Demo GmbH");
  });
});
