import { describe, expect, it } from "vitest";
import { replayLots, type TokenLedgerRow } from "../../../src/billing/wallet";

let sequence = 0n;
const at = (date: string) => new Date(`${date}T00:00:00.000Z`);
function row(id: string, kind: string, amount: number, date: string, extra: Partial<TokenLedgerRow> = {}): TokenLedgerRow {
  sequence += 1n;
  return { id, sequence, kind, amount, reference: null, expiresAt: null, createdAt: at(date), ...extra };
}
const remaining = (state: ReturnType<typeof replayLots>) => Object.fromEntries(state.lots.map((lot) => [lot.entryId, lot.remaining]));

describe("replayLots", () => {
  it("orders by sequence, not by createdAt (ties and clock skew don't reorder)", () => {
    const grant = row("g", "grant", 10, "2026-01-05", { expiresAt: at("2026-02-01") });
    const purchase = row("p", "purchase", 10, "2026-01-05");
    const usage = row("u", "usage", -12, "2026-01-01"); // an earlier createdAt, written last
    const state = replayLots([usage, purchase, grant]);
    expect(remaining(state)).toEqual({ g: 0 });
    expect([state.pool, state.balance]).toEqual([8, 8]);
  });

  it("a refund restores the lots its debit drew on once, newest draw first; the rest goes to the pool", () => {
    const rows = [
      row("g1", "grant", 5, "2026-01-01", { expiresAt: at("2026-02-01") }),
      row("g2", "grant", 5, "2026-01-01", { expiresAt: at("2026-03-01") }),
      row("p", "purchase", 5, "2026-01-01"),
      row("u", "usage", -12, "2026-01-02"), // g1 5, g2 5, pool 2
      row("r1", "refund", 4, "2026-01-02", { reference: "u" }), // pool 2, then g2 2
      row("r2", "refund", 10, "2026-01-02", { reference: "u" }), // g2 3, g1 5, then 0 left of the draw: 2 to the pool
    ];
    const state = replayLots(rows);
    expect(remaining(state)).toEqual({ g1: 5, g2: 5 });
    expect([state.pool, state.balance]).toEqual([7, 17]);
  });

  it("a refund after its lot was closed by the expiry job goes to the pool", () => {
    const rows = [row("g", "grant", 10, "2026-01-01", { expiresAt: at("2026-01-10") }), row("u", "usage", -10, "2026-01-09")];
    const closedThrough = rows[1]!.sequence; // the job closed g (nothing left) right after u
    const refund = row("r", "refund", 10, "2026-01-11", { reference: "u" });
    const state = replayLots([...rows, refund], new Map([["g", closedThrough]]));
    expect(remaining(state)).toEqual({ g: 0 });
    expect(state.pool).toBe(10);
  });

  it("credits other than expiring grants (transfers in, adjustments, refunds of purchases) never expire", () => {
    const rows = [
      row("t", "transfer", 7, "2026-01-01"),
      row("a", "adjustment", 3, "2026-01-01"),
      row("g", "grant", 4, "2026-01-01", { expiresAt: at("2026-01-03") }),
      row("u", "usage", -6, "2026-01-02"),
    ];
    const state = replayLots(rows);
    expect(remaining(state)).toEqual({ g: 0 });
    expect(state.pool).toBe(8);
  });
});
