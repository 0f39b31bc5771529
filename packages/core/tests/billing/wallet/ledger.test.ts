import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { MAX_AMOUNT } from "../../../src/billing/money";
import { creditTokens, debitTokens, getTokenBalance } from "../../../src/billing/wallet";
import { DomainError } from "../../../src/errors";
import { createUser, createWalletHarness, entriesOf, expectConsistentWallet, tenantId, type WalletHarness } from "./wallet-fixtures";

let h: WalletHarness;
beforeEach(async () => {
  h = await createWalletHarness();
});
afterEach(async () => {
  await h.test.close();
});

const at = () => h.clock.now();

async function rejection(promise: Promise<unknown>): Promise<DomainError> {
  const error = await promise.then(
    () => null,
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(DomainError);
  return error as DomainError;
}

describe("token ledger", () => {
  it("creates the wallet on the first credit and keeps balance = ledger sum with exact balanceAfter", async () => {
    const user = await createUser(h.db);
    expect(await getTokenBalance(h.db, tenantId, user)).toBe(0);
    const first = await creditTokens(h.db, { tenantId, userId: user, amount: 500, kind: "purchase", reference: "inv_1", now: at() });
    const second = await debitTokens(h.db, { tenantId, userId: user, amount: 120, kind: "usage", feature: "ai-summary", now: at() });
    const third = await creditTokens(h.db, { tenantId, userId: user, amount: 30, kind: "grant", now: at() });
    expect([first.balance, second.balance, third.balance]).toEqual([500, 380, 410]);
    expect(await getTokenBalance(h.db, tenantId, user)).toBe(500 - 120 + 30);
    const entries = await entriesOf(h.db, user);
    expect(entries.map((entry) => [entry.kind, entry.amount, entry.balanceAfter, entry.feature, entry.reference])).toEqual([
      ["purchase", 500, 500, null, "inv_1"],
      ["usage", -120, 380, "ai-summary", null],
      ["grant", 30, 410, null, null],
    ]);
    expect(entries[0]!.createdAt.toISOString()).toBe("2026-01-01T00:00:00.000Z");
    expect(await expectConsistentWallet(h.db, user)).toBe(410);
  });

  it("emits tokens.credited and tokens.debited with ids and amounts only", async () => {
    const user = await createUser(h.db);
    const credit = await creditTokens(h.db, { tenantId, userId: user, amount: 40, kind: "grant", now: at() });
    const debit = await debitTokens(h.db, { tenantId, userId: user, amount: 15, kind: "usage", feature: "export", now: at() });
    const events = await h.db.outboxEvent.findMany({ where: { name: { startsWith: "tokens." } }, orderBy: { createdAt: "asc" } });
    expect(events.map((event) => [event.name, event.tenantId, event.payload])).toEqual([
      [
        "tokens.credited",
        tenantId,
        { userId: user, walletId: credit.walletId, entryId: credit.entryId, kind: "grant", amount: 40, balance: 40, feature: null, reference: null },
      ],
      [
        "tokens.debited",
        tenantId,
        { userId: user, walletId: debit.walletId, entryId: debit.entryId, kind: "usage", amount: 15, balance: 25, feature: "export", reference: null },
      ],
    ]);
  });

  it("refuses a debit above the balance with INSUFFICIENT_TOKENS naming both, and writes nothing", async () => {
    const user = await createUser(h.db);
    await creditTokens(h.db, { tenantId, userId: user, amount: 7, kind: "purchase", now: at() });
    const eventsBefore = await h.db.outboxEvent.count();
    const error = await rejection(debitTokens(h.db, { tenantId, userId: user, amount: 8, kind: "usage", now: at() }));
    expect([error.code, error.status]).toEqual(["INSUFFICIENT_TOKENS", "CONFLICT"]);
    expect(error.message).toContain("balance is 7");
    expect(error.message).toContain("8 needed");
    expect(error.message).toContain("field: amount");
    expect(await getTokenBalance(h.db, tenantId, user)).toBe(7);
    expect(await entriesOf(h.db, user)).toHaveLength(1);
    expect(await h.db.outboxEvent.count()).toBe(eventsBefore);

    // A user who never had tokens: refused, and no empty wallet appears.
    const fresh = await createUser(h.db);
    expect((await rejection(debitTokens(h.db, { tenantId, userId: fresh, amount: 1, kind: "usage", now: at() }))).message).toContain("balance is 0");
    expect(await h.db.tokenWallet.count({ where: { userId: fresh } })).toBe(0);
  });

  it("takes exactly the whole balance, then nothing more", async () => {
    const user = await createUser(h.db);
    await creditTokens(h.db, { tenantId, userId: user, amount: 10, kind: "purchase", now: at() });
    expect((await debitTokens(h.db, { tenantId, userId: user, amount: 10, kind: "usage", now: at() })).balance).toBe(0);
    expect((await rejection(debitTokens(h.db, { tenantId, userId: user, amount: 1, kind: "usage", now: at() }))).code).toBe("INSUFFICIENT_TOKENS");
  });

  it.each([0, -5, 1.5, Number.NaN, MAX_AMOUNT + 1, Number.MAX_SAFE_INTEGER + 2, "10"])("refuses amount %s naming the field", async (amount) => {
    const user = await createUser(h.db);
    for (const write of [creditTokens, debitTokens] as const) {
      const error = await rejection(write(h.db, { tenantId, userId: user, amount: amount as number, kind: "adjustment", now: at() }));
      expect(error.code).toBe("INVALID_TOKEN_AMOUNT");
      expect(error.message).toContain("field: amount");
    }
    expect(await h.db.tokenLedgerEntry.count()).toBe(0);
  });

  it("refuses unknown kinds, unknown users and users of another tenant without writing", async () => {
    const user = await createUser(h.db);
    const badKind = await rejection(creditTokens(h.db, { tenantId, userId: user, amount: 1, kind: "usage" as never, now: at() }));
    expect(badKind.message).toContain("field: kind");
    const unknown = await rejection(creditTokens(h.db, { tenantId, userId: crypto.randomUUID(), amount: 5, kind: "grant", now: at() }));
    expect([unknown.code, unknown.status]).toEqual(["USER_NOT_FOUND", "NOT_FOUND"]);
    expect((await rejection(creditTokens(h.db, { tenantId, userId: "not-a-uuid", amount: 5, kind: "grant", now: at() }))).code).toBe("USER_NOT_FOUND");
    await h.db.tenant.create({ data: { id: "other", slug: "other", name: "Other" } });
    const foreign = await createUser(h.db, "other");
    expect((await rejection(creditTokens(h.db, { tenantId, userId: foreign, amount: 5, kind: "grant", now: at() }))).code).toBe("USER_NOT_FOUND");
    expect(await h.db.tokenWallet.count()).toBe(0);
    expect(await h.db.tokenLedgerEntry.count()).toBe(0);
  });

  it("holds balances past 32 bits exactly, up to MAX_AMOUNT, and refuses a credit beyond it", async () => {
    const user = await createUser(h.db);
    await creditTokens(h.db, { tenantId, userId: user, amount: 2 ** 31, kind: "purchase", now: at() });
    expect((await creditTokens(h.db, { tenantId, userId: user, amount: MAX_AMOUNT - 2 ** 31, kind: "purchase", now: at() })).balance).toBe(MAX_AMOUNT);
    const error = await rejection(creditTokens(h.db, { tenantId, userId: user, amount: 1, kind: "purchase", now: at() }));
    expect([error.code, error.status]).toEqual(["TOKEN_BALANCE_OVERFLOW", "CONFLICT"]);
    expect(await expectConsistentWallet(h.db, user)).toBe(MAX_AMOUNT);
    expect((await debitTokens(h.db, { tenantId, userId: user, amount: MAX_AMOUNT, kind: "usage", now: at() })).balance).toBe(0);
  });

  it("the ledger is append-only: UPDATE and DELETE are refused by the database", async () => {
    const user = await createUser(h.db);
    const { entryId } = await creditTokens(h.db, { tenantId, userId: user, amount: 50, kind: "grant", now: at() });
    await expect(h.db.$executeRawUnsafe(`UPDATE "billing_token_ledger_entry" SET "amount" = 5000 WHERE "id" = '${entryId}'`)).rejects.toThrow(/append-only/);
    await expect(h.db.$executeRawUnsafe(`DELETE FROM "billing_token_ledger_entry" WHERE "id" = '${entryId}'`)).rejects.toThrow(/append-only/);
    await expect(h.db.tokenLedgerEntry.update({ where: { id: entryId }, data: { amount: 1 } })).rejects.toThrow(/append-only/);
    // And the wallet can't be pushed below zero behind the ledger's back.
    await expect(h.db.$executeRawUnsafe(`UPDATE "billing_token_wallet" SET "balance" = -1`)).rejects.toThrow(/balance_nonnegative/);
    expect((await h.db.tokenLedgerEntry.findUniqueOrThrow({ where: { id: entryId } })).amount).toBe(50);
    await expectConsistentWallet(h.db, user);
  });

  it("a credit inside a rolled-back outer transaction leaves no entry, wallet or event", async () => {
    const user = await createUser(h.db);
    const failure = new Error("invoice insert failed");
    await expect(
      h.db.$transaction(async (tx) => {
        await creditTokens(tx, { tenantId, userId: user, amount: 300, kind: "purchase", reference: "inv_9", now: at() });
        expect(await getTokenBalance(tx, tenantId, user)).toBe(300); // visible inside the transaction
        throw failure;
      }),
    ).rejects.toBe(failure);
    expect(await h.db.tokenWallet.count()).toBe(0);
    expect(await h.db.tokenLedgerEntry.count()).toBe(0);
    expect(await h.db.outboxEvent.count({ where: { name: "tokens.credited" } })).toBe(0);
  });

  it("a credit commits together with the caller's other writes", async () => {
    const user = await createUser(h.db);
    await h.db.$transaction(async (tx) => {
      await tx.auditLog.create({ data: { tenantId, action: "test.purchase", targetType: "user", targetId: user } });
      await creditTokens(tx, { tenantId, userId: user, amount: 300, kind: "purchase", now: at() });
      await debitTokens(tx, { tenantId, userId: user, amount: 100, kind: "usage", now: at() });
    });
    expect(await h.db.auditLog.count({ where: { action: "test.purchase" } })).toBe(1);
    expect(await expectConsistentWallet(h.db, user)).toBe(200);
  });
});
