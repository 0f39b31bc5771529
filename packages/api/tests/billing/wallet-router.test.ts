import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { TRPCError } from "@trpc/server";
import { creditTokens, ensureBuiltinRoles } from "@tillbox/core";
import { createTestDb, type TestDb } from "@tillbox/db/testing";
import { createCallerFactory, type Actor } from "@tillbox/trpc";
import { actorForUser, allScopes } from "../../src/access";
import { createContext } from "../../src/context";
import { appRouter } from "../../src/root";

const tenantId = "default";
let t: TestDb;

beforeEach(async () => {
  t = await createTestDb();
  await ensureBuiltinRoles(t.db, tenantId, allScopes());
});
afterEach(async () => {
  await t.close();
});

async function userWithRole(role: string): Promise<{ id: string; actor: Actor }> {
  const { id: roleId } = await t.db.role.findUniqueOrThrow({ where: { tenantId_key: { tenantId, key: role } } });
  const user = await t.db.user.create({ data: { tenantId, email: `${role}-${Math.random()}@example.test`, roles: { create: { roleId } } } });
  return { id: user.id, actor: await actorForUser(t.db, user.id) };
}

const callerAs = (actor: Actor) =>
  createCallerFactory(appRouter)(createContext({ headers: new Headers({ "user-agent": "wallet-test" }), db: t.db, tenantId, actor }));

async function errorOf(call: Promise<unknown>): Promise<TRPCError> {
  const error = await call.then(
    () => null,
    (caught: unknown) => caught,
  );
  if (error instanceof TRPCError) return error;
  throw new Error(`expected a TRPCError, got ${String(error)}`);
}

describe("billing.wallet through tRPC", () => {
  it("a customer reads only their own balance and ledger; admin reads and adjustments need billing scopes", async () => {
    const customer = await userWithRole("user");
    const other = await userWithRole("user");
    await creditTokens(t.db, { tenantId, userId: customer.id, amount: 120, kind: "purchase", now: new Date() });
    await creditTokens(t.db, { tenantId, userId: other.id, amount: 9, kind: "grant", now: new Date() });
    const asCustomer = callerAs(customer.actor);
    expect(await asCustomer.billing.wallet.balance()).toEqual({ balance: 120 });
    const page = await asCustomer.billing.wallet.ledger({ limit: 10 });
    expect(page.entries.map((entry) => [entry.kind, entry.amount])).toEqual([["purchase", 120]]);
    expect((await errorOf(asCustomer.billing.wallet.balanceOf({ userId: other.id }))).code).toBe("FORBIDDEN");
    expect((await errorOf(asCustomer.billing.wallet.adjust({ userId: customer.id, amount: 1000, reason: "me" }))).code).toBe("FORBIDDEN");

    const admin = callerAs((await userWithRole("admin")).actor);
    const adjusted = await admin.billing.wallet.adjust({ userId: customer.id, amount: -20, reason: "Chargeback" });
    expect(adjusted.balance).toBe(100);
    expect(await admin.billing.wallet.balanceOf({ userId: customer.id })).toEqual({ userId: customer.id, balance: 100 });
    const ledger = await admin.billing.wallet.ledgerOf({ userId: customer.id, limit: 1 });
    expect(ledger.entries[0]).toMatchObject({ kind: "adjustment", amount: -20, metadata: { reason: "Chargeback" } });
    expect(await asCustomer.billing.wallet.balance()).toEqual({ balance: 100 });
  });

  it("answers bad input with field errors and business refusals with domain codes", async () => {
    const customer = await userWithRole("user");
    const admin = callerAs((await userWithRole("admin")).actor);
    const noReason = await errorOf(admin.billing.wallet.adjust({ userId: customer.id, amount: 5, reason: " " }));
    expect(noReason.code).toBe("BAD_REQUEST");
    const zero = await errorOf(admin.billing.wallet.adjust({ userId: customer.id, amount: 0, reason: "x" }));
    expect(zero.code).toBe("BAD_REQUEST");
    const overdraft = await errorOf(
      admin.billing.wallet.transfer({ fromUserId: customer.id, toUserId: (await userWithRole("user")).id, amount: 5, reason: "x" }),
    );
    expect([overdraft.code, (overdraft.cause as { code?: string }).code]).toEqual(["CONFLICT", "INSUFFICIENT_TOKENS"]);
    const stranger = await errorOf(admin.billing.wallet.balanceOf({ userId: crypto.randomUUID() }));
    expect(stranger.code).toBe("NOT_FOUND");
    expect(await t.db.tokenLedgerEntry.count()).toBe(0);
  });
});
