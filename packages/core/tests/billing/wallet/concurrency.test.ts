import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createDb, type Db } from "@tillbox/db";
import { creditTokens, debitTokens, transferTokens } from "../../../src/billing/wallet";
import { DomainError } from "../../../src/errors";
import { createUser, createWalletHarness, entriesOf, expectConsistentWallet, runPool, tenantId, type WalletHarness } from "./wallet-fixtures";

/**
 * On the real server every client below has its own pool of 10 connections, so 4 clients give 40
 * transactions truly in flight against the same wallet row. PGlite is one in-process connection
 * that runs transactions one at a time: the same code runs there with smaller counts (it proves
 * the bookkeeping, not the locking), because 10,000 serialized transactions add minutes, not coverage.
 */
const onServer = Boolean(process.env.DATABASE_URL);
const CLIENTS = onServer ? 4 : 1;
const WIDTH = onServer ? 40 : 8;

let h: WalletHarness;
let clients: Db[];
beforeEach(async () => {
  h = await createWalletHarness();
  clients = onServer ? Array.from({ length: CLIENTS }, () => createDb({ url: h.test.url! })) : [h.db];
});
afterEach(async () => {
  if (onServer) await Promise.all(clients.map((client) => client.$disconnect()));
  await h.test.close();
});

const clientFor = (index: number) => clients[index % clients.length]!;
const isInsufficient = (result: PromiseSettledResult<unknown>) =>
  result.status === "rejected" && result.reason instanceof DomainError && result.reason.code === "INSUFFICIENT_TOKENS";
const unexpected = (results: PromiseSettledResult<unknown>[]) =>
  results.filter((result) => result.status === "rejected" && !isInsufficient(result)).map((result) => String((result as PromiseRejectedResult).reason));

describe("token wallet under concurrency", () => {
  it(`${onServer ? "10,000" : "600"} concurrent debits: exactly floor(start / cost) succeed and ledger = balance ≥ 0`, async () => {
    const user = await createUser(h.db);
    const debits = onServer ? 10_000 : 600;
    const cost = 3;
    const start = onServer ? 20_000 : 1_000;
    await creditTokens(h.db, { tenantId, userId: user, amount: start, kind: "purchase", now: h.clock.now() });
    const tasks = Array.from(
      { length: debits },
      (_, index) => () => debitTokens(clientFor(index), { tenantId, userId: user, amount: cost, kind: "usage", feature: "load", now: h.clock.now() }),
    );
    const results = await runPool(tasks, WIDTH);

    const expectedSuccesses = Math.min(debits, Math.floor(start / cost));
    expect(unexpected(results)).toEqual([]);
    expect(results.filter((result) => result.status === "fulfilled")).toHaveLength(expectedSuccesses);
    expect(results.filter(isInsufficient)).toHaveLength(debits - expectedSuccesses);
    expect(await expectConsistentWallet(h.db, user)).toBe(start - expectedSuccesses * cost);
    expect(await h.db.tokenLedgerEntry.count({ where: { kind: "usage" } })).toBe(expectedSuccesses);
    // Every success saw a distinct balance: no two debits read the same row version.
    const balances = results.flatMap((result) => (result.status === "fulfilled" ? [result.value.balance] : []));
    expect(new Set(balances).size).toBe(expectedSuccesses);
    expect(await h.db.outboxEvent.count({ where: { name: "tokens.debited" } })).toBe(expectedSuccesses);
  }, 600_000);

  it("concurrent credits and debits on one wallet never lose an update", async () => {
    const user = await createUser(h.db);
    const operations = onServer ? 2_000 : 300;
    // Deterministic mix: even indexes credit 1–7 tokens, odd ones try to spend 1–9.
    const amountOf = (index: number) => (index % 2 === 0 ? 1 + (index % 7) : 1 + (index % 9));
    const tasks = Array.from(
      { length: operations },
      (_, index) => () =>
        index % 2 === 0
          ? creditTokens(clientFor(index), { tenantId, userId: user, amount: amountOf(index), kind: "grant", now: h.clock.now() })
          : debitTokens(clientFor(index), { tenantId, userId: user, amount: amountOf(index), kind: "usage", now: h.clock.now() }),
    );
    const results = await runPool(tasks, WIDTH);

    expect(unexpected(results)).toEqual([]);
    const credited = results.reduce((sum, result, index) => sum + (index % 2 === 0 && result.status === "fulfilled" ? amountOf(index) : 0), 0);
    const debited = results.reduce((sum, result, index) => sum + (index % 2 === 1 && result.status === "fulfilled" ? amountOf(index) : 0), 0);
    expect(results.filter((result, index) => index % 2 === 0 && result.status === "fulfilled")).toHaveLength(operations / 2);
    expect(await expectConsistentWallet(h.db, user)).toBe(credited - debited);
  }, 300_000);

  it("transfers in both directions at once neither deadlock nor create or lose tokens", async () => {
    const [alice, bob] = [await createUser(h.db), await createUser(h.db)];
    for (const user of [alice, bob]) await creditTokens(h.db, { tenantId, userId: user, amount: 1_000, kind: "purchase", now: h.clock.now() });
    const transfers = onServer ? 400 : 80;
    const amountOf = (index: number) => 1 + (index % 13);
    const tasks = Array.from({ length: transfers }, (_, index) => () => {
      const [fromUserId, toUserId] = index % 2 === 0 ? [alice, bob] : [bob, alice];
      const ctx = { ...h.ctx(), db: clientFor(index) };
      return transferTokens(ctx, { fromUserId, toUserId, amount: amountOf(index) });
    });
    const results = await runPool(tasks, WIDTH);

    expect(unexpected(results)).toEqual([]); // a deadlock would surface here as a Postgres 40P01 error
    const succeeded = results.filter((result) => result.status === "fulfilled").length;
    const aliceBalance = await expectConsistentWallet(h.db, alice);
    const bobBalance = await expectConsistentWallet(h.db, bob);
    expect(aliceBalance + bobBalance).toBe(2_000);
    const net = results.reduce((sum, result, index) => {
      if (result.status !== "fulfilled") return sum;
      return sum + (index % 2 === 0 ? -amountOf(index) : amountOf(index));
    }, 0);
    expect(aliceBalance).toBe(1_000 + net);
    const transferEntries = [...(await entriesOf(h.db, alice)), ...(await entriesOf(h.db, bob))].filter((entry) => entry.kind === "transfer");
    expect(transferEntries).toHaveLength(succeeded * 2);
    // Each transfer is one debit and one credit sharing a transferId.
    const byTransfer = new Map<string, number[]>();
    for (const entry of transferEntries) {
      const id = (entry.metadata as { transferId: string }).transferId;
      byTransfer.set(id, [...(byTransfer.get(id) ?? []), entry.amount]);
    }
    expect([...byTransfer.values()].every((amounts) => amounts.length === 2 && amounts[0]! + amounts[1]! === 0)).toBe(true);
  }, 300_000);
});
