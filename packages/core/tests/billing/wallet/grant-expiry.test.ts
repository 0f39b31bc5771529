import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createDb } from "@tillbox/db";
import { creditTokens, debitTokens, expireTokenGrants, walletFunctions } from "../../../src/billing/wallet";
import { createUser, createWalletHarness, days, entriesOf, expectConsistentWallet, tenantId, type WalletHarness } from "./wallet-fixtures";

let h: WalletHarness;
beforeEach(async () => {
  h = await createWalletHarness("2026-01-01T00:00:00.000Z");
});
afterEach(async () => {
  await h.test.close();
});

const day = (date: string) => new Date(`${date}T00:00:00.000Z`);
const grant = (userId: string, amount: number, expiresAt: Date | null, now: Date) =>
  creditTokens(h.db, { tenantId, userId, amount, kind: "grant", expiresAt, now });
const use = (userId: string, amount: number, now: Date) => debitTokens(h.db, { tenantId, userId, amount, kind: "usage", now });
const expiries = async (userId: string) => (await entriesOf(h.db, userId)).filter((entry) => entry.kind === "expiry");

describe("grant expiry (FIFO over expiring grants)", () => {
  it("usage eats the oldest unexpired grant first; each lapsed grant loses exactly its unused remainder, once", async () => {
    const user = await createUser(h.db);
    const g1 = await grant(user, 100, day("2026-02-01"), day("2026-01-01"));
    await creditTokens(h.db, { tenantId, userId: user, amount: 30, kind: "purchase", now: day("2026-01-01") });
    const g2 = await grant(user, 50, day("2026-03-01"), day("2026-01-10"));
    await use(user, 120, day("2026-01-15")); // g1 100 (oldest), then g2 20; the purchase is untouched

    h.clock.set("2026-02-01T00:00:00.000Z"); // g1's expiresAt: lapsed at that instant
    expect(await expireTokenGrants({ db: h.db, clock: h.clock })).toEqual({ wallets: 1, grants: 1, expiredTokens: 0 });
    expect(await expiries(user)).toHaveLength(0); // g1 was used up: closed, nothing to write off
    expect(await h.db.tokenGrantExpiry.findUniqueOrThrow({ where: { grantEntryId: g1.entryId } })).toMatchObject({ amount: 0, entryId: null });

    await use(user, 10, day("2026-02-10")); // g2 again (unexpired), not the purchase
    const failed = await use(user, 5, day("2026-02-11")); // a metered call that failed…
    await creditTokens(h.db, { tenantId, userId: user, amount: 5, kind: "refund", reference: failed.entryId, now: day("2026-02-11") }); // …goes back to g2

    h.clock.set("2026-03-01T00:00:00.000Z");
    const g2Remainder = 50 - (120 - 100) - 10; // the refund restored g2's 5
    expect(await expireTokenGrants({ db: h.db, clock: h.clock })).toEqual({ wallets: 1, grants: 1, expiredTokens: g2Remainder });
    const [expiry] = await expiries(user);
    expect(expiry).toMatchObject({ amount: -g2Remainder, reference: g2.entryId, createdAt: day("2026-03-01") });
    expect(await expectConsistentWallet(h.db, user)).toBe(30); // the purchase, which never expires

    h.clock.advanceDays(40);
    expect(await expireTokenGrants({ db: h.db, clock: h.clock })).toEqual({ wallets: 0, grants: 0, expiredTokens: 0 });
    expect(await expiries(user)).toHaveLength(1);
    expect(await h.db.outboxEvent.count({ where: { name: "tokens.debited", payload: { path: ["kind"], equals: "expiry" } } })).toBe(1);
  });

  it("a late job still writes off only what lapsed: spends after expiry used other tokens first", async () => {
    const user = await createUser(h.db);
    const lapsing = await grant(user, 100, day("2026-02-01"), day("2026-01-01"));
    await creditTokens(h.db, { tenantId, userId: user, amount: 50, kind: "purchase", now: day("2026-01-01") });
    await grant(user, 40, null, day("2026-01-02")); // a roll-over grant: never expires
    await use(user, 30, day("2026-01-20"));
    // The job didn't run on Feb 1; on Feb 5 a spend of 100 takes the 90 non-expiring tokens first,
    // and only the last 10 from the lapsed grant (the balance allowed it).
    await use(user, 100, day("2026-02-05"));

    h.clock.set("2026-02-05T01:00:00.000Z");
    const remainder = 100 - 30 - (100 - (50 + 40));
    expect(await expireTokenGrants({ db: h.db, clock: h.clock })).toMatchObject({ grants: 1, expiredTokens: remainder });
    expect((await expiries(user)).map((entry) => [entry.amount, entry.reference])).toEqual([[-remainder, lapsing.entryId]]);
    expect(await expectConsistentWallet(h.db, user)).toBe(0);
  });

  it("leaves grants that haven't lapsed, and several grants of one wallet expire in one run", async () => {
    const user = await createUser(h.db);
    await grant(user, 10, day("2026-01-05"), day("2026-01-01"));
    await grant(user, 20, day("2026-01-06"), day("2026-01-01"));
    const later = await grant(user, 40, day("2026-01-08"), day("2026-01-01"));
    await use(user, 15, day("2026-01-02")); // 10 from the first, 5 from the second
    h.clock.set("2026-01-07T00:00:00.000Z");
    expect(await expireTokenGrants({ db: h.db, clock: h.clock })).toEqual({ wallets: 1, grants: 2, expiredTokens: 15 });
    expect(await h.db.tokenGrantExpiry.findUnique({ where: { grantEntryId: later.entryId } })).toBeNull();
    expect(await expectConsistentWallet(h.db, user)).toBe(40);
  });

  it("concurrent runs over many wallets expire each grant exactly once", async () => {
    const wallets = 12;
    const users: string[] = [];
    for (let index = 0; index < wallets; index += 1) {
      const user = await createUser(h.db);
      users.push(user);
      await grant(user, 11 + index, day("2026-01-02"), day("2026-01-01"));
      await use(user, 1 + index, day("2026-01-01"));
    }
    h.clock.set("2026-01-03T00:00:00.000Z");
    const runners = h.test.url ? [createDb({ url: h.test.url }), createDb({ url: h.test.url }), createDb({ url: h.test.url })] : [h.db, h.db, h.db];
    const results = await Promise.all(runners.map((db) => expireTokenGrants({ db, clock: h.clock, batchSize: 5 })));
    if (h.test.url) await Promise.all(runners.map((db) => db.$disconnect()));

    expect(results.reduce((sum, result) => sum + result.grants, 0)).toBe(wallets);
    expect(results.reduce((sum, result) => sum + result.expiredTokens, 0)).toBe(wallets * 10); // each keeps 10 unused
    for (const user of users) {
      expect((await expiries(user)).map((entry) => entry.amount)).toEqual([-10]);
      expect(await expectConsistentWallet(h.db, user)).toBe(0);
    }
  });

  it("runs as the hourly wallet function", async () => {
    const [fn] = walletFunctions;
    expect(fn).toMatchObject({ id: "billing-expire-token-grants", trigger: { cron: "0 * * * *" } });
    const user = await createUser(h.db);
    const past = new Date(Date.now() - days(2));
    await creditTokens(h.db, { tenantId, userId: user, amount: 25, kind: "grant", expiresAt: new Date(Date.now() - days(1)), now: past });
    const step = { run: async <T>(_id: string, work: () => Promise<T> | T) => work() };
    const result = await fn!.handler({
      db: h.db,
      step,
      attempt: 0,
      logger: console,
      event: { id: "cron", name: "cron", data: {}, tenantId, createdAt: new Date() },
    });
    expect(result).toMatchObject({ grants: 1, expiredTokens: 25 });
    expect(await expectConsistentWallet(h.db, user)).toBe(0);
  });
});
