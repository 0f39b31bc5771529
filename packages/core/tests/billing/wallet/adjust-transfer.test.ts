import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { adjustTokens, creditTokens, getTokenBalance, listTokenLedger, listUserTokenLedger, transferTokens } from "../../../src/billing/wallet";
import { DomainError } from "../../../src/errors";
import { createUser, createWalletHarness, entriesOf, expectConsistentWallet, operator, tenantId, type WalletHarness } from "./wallet-fixtures";

let h: WalletHarness;
beforeEach(async () => {
  h = await createWalletHarness();
});
afterEach(async () => {
  await h.test.close();
});

async function codeOf(promise: Promise<unknown>): Promise<string> {
  const error = await promise.then(
    () => null,
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(DomainError);
  return `${(error as DomainError).code}: ${(error as DomainError).message}`;
}

describe("admin adjustments", () => {
  it("adds and takes tokens with an adjustment entry and an audit entry naming the operator and reason", async () => {
    const [admin, customer] = [await createUser(h.db), await createUser(h.db)];
    const ctx = h.ctx(operator(new Set(["billing:manage"]), admin));
    expect((await adjustTokens(ctx, { userId: customer, amount: 80, reason: "Goodwill for the outage" })).balance).toBe(80);
    expect((await adjustTokens(ctx, { userId: customer, amount: -30, reason: "  Duplicate grant  " })).balance).toBe(50);
    expect((await entriesOf(h.db, customer)).map((entry) => [entry.kind, entry.amount, entry.metadata])).toEqual([
      ["adjustment", 80, { reason: "Goodwill for the outage", actorId: admin }],
      ["adjustment", -30, { reason: "Duplicate grant", actorId: admin }],
    ]);
    const audits = await h.db.auditLog.findMany({ where: { action: "tokens.adjust" } });
    const rows = audits.map((audit) => [audit.actorId, audit.targetId, (audit.data as { amount: number }).amount, audit.ip]);
    expect(rows.sort((a, b) => (b[2] as number) - (a[2] as number))).toEqual([
      [admin, customer, 80, "203.0.113.9"],
      [admin, customer, -30, "203.0.113.9"],
    ]);
    await expectConsistentWallet(h.db, customer);
  });

  it("refuses without a reason, without billing:manage, below zero, or for a user of another tenant, writing nothing", async () => {
    const customer = await createUser(h.db);
    const ctx = h.ctx(operator(new Set(["billing:manage"])));
    expect(await codeOf(adjustTokens(ctx, { userId: customer, amount: 5, reason: "   " }))).toContain("REASON_REQUIRED");
    expect(await codeOf(adjustTokens(ctx, { userId: customer, amount: 0, reason: "x" }))).toContain("field: amount");
    expect(await codeOf(adjustTokens(h.ctx(operator(new Set(["billing:read"]))), { userId: customer, amount: 5, reason: "x" }))).toContain("SCOPE_NOT_HELD");
    expect(await codeOf(adjustTokens(ctx, { userId: customer, amount: -1, reason: "x" }))).toContain("INSUFFICIENT_TOKENS");
    await h.db.tenant.create({ data: { id: "other", slug: "other", name: "Other" } });
    const foreign = await createUser(h.db, "other");
    expect(await codeOf(adjustTokens(ctx, { userId: foreign, amount: 5, reason: "x" }))).toContain("USER_NOT_FOUND");
    expect(await h.db.tokenLedgerEntry.count()).toBe(0);
    expect(await h.db.auditLog.count({ where: { action: "tokens.adjust" } })).toBe(0);
  });
});

describe("transfers and reads", () => {
  it("moves tokens as a linked debit/credit pair, audited; refuses overdrafts, self-transfers and strangers", async () => {
    const [alice, bob] = [await createUser(h.db), await createUser(h.db)];
    await creditTokens(h.db, { tenantId, userId: alice, amount: 100, kind: "purchase", now: h.clock.now() });
    const ctx = h.ctx(operator(new Set(["billing:manage"])));
    const result = await transferTokens(ctx, { fromUserId: alice, toUserId: bob, amount: 40, reason: "Team move" });
    expect([result.from.balance, result.to.balance]).toEqual([60, 40]);
    const [out] = (await entriesOf(h.db, alice)).filter((entry) => entry.kind === "transfer");
    const [into] = await entriesOf(h.db, bob);
    expect([out!.amount, out!.reference, into!.amount, into!.reference]).toEqual([-40, bob, 40, alice]);
    expect((out!.metadata as { transferId: string }).transferId).toBe(result.transferId);
    expect((into!.metadata as { transferId: string }).transferId).toBe(result.transferId);
    expect(await h.db.auditLog.count({ where: { action: "tokens.transfer", targetId: alice } })).toBe(1);

    expect(await codeOf(transferTokens(ctx, { fromUserId: bob, toUserId: alice, amount: 41 }))).toContain("INSUFFICIENT_TOKENS");
    expect(await codeOf(transferTokens(ctx, { fromUserId: bob, toUserId: bob, amount: 1 }))).toContain("TRANSFER_TO_SELF");
    expect(await codeOf(transferTokens(ctx, { fromUserId: crypto.randomUUID(), toUserId: bob, amount: 1 }))).toContain("field: fromUserId");
    expect([await getTokenBalance(h.db, tenantId, alice), await getTokenBalance(h.db, tenantId, bob)]).toEqual([60, 40]);
  });

  it("pages a ledger newest first with a stable cursor; customers don't see metadata, admins do", async () => {
    const user = await createUser(h.db);
    for (let index = 1; index <= 5; index += 1) {
      await creditTokens(h.db, { tenantId, userId: user, amount: index, kind: "grant", metadata: { note: `n${index}` }, now: h.clock.now() });
    }
    const first = await listTokenLedger(h.db, tenantId, user, { limit: 2 });
    expect(first.balance).toBe(15);
    expect(first.entries.map((entry) => entry.amount)).toEqual([5, 4]);
    expect(first.entries[0]).not.toHaveProperty("metadata");
    await creditTokens(h.db, { tenantId, userId: user, amount: 6, kind: "grant", now: h.clock.now() }); // arrives while paging
    const second = await listTokenLedger(h.db, tenantId, user, { limit: 2, cursor: first.nextCursor! });
    const third = await listTokenLedger(h.db, tenantId, user, { limit: 2, cursor: second.nextCursor! });
    expect([...second.entries, ...third.entries].map((entry) => entry.amount)).toEqual([3, 2, 1]);
    expect(third.nextCursor).toBeNull();
    expect((await listUserTokenLedger(h.db, tenantId, user, { limit: 1 })).entries[0]!.metadata).toEqual({});
    expect((await listUserTokenLedger(h.db, tenantId, user, { limit: 2 })).entries[1]!.metadata).toEqual({ note: "n5" });
    expect(await listTokenLedger(h.db, tenantId, await createUser(h.db))).toEqual({ balance: 0, entries: [], nextCursor: null });
  });
});
