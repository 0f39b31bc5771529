/**
 * Which tokens a debit used, recomputed from the ledger (entries are never changed).
 *
 * The rule (FIFO over expiring grants):
 * - A credit with an expiresAt opens a lot; any other credit goes to the non-expiring pool.
 * - A debit at time t draws first from lots still unexpired at t, oldest grant first; then from the
 *   non-expiring pool; then, only if nothing else is left, from lots that lapsed but that the
 *   hourly expiry job hasn't closed yet (the wallet balance allowed the spend).
 * - A refund whose reference is a debit's entry id gives the tokens back to the lots that debit
 *   drew on (newest draw first) while they are open, so a failed metered call doesn't turn
 *   expiring tokens into permanent ones; what can't go back goes to the pool.
 * - An `expiry` entry referencing a lot takes its remainder and closes it. A lot closed with
 *   nothing left (no entry) is closed after `closedThroughSequence`.
 * Ledger order is `sequence` (write order under the wallet's row lock), not createdAt.
 */
export interface LedgerRow {
  id: string;
  sequence: bigint;
  kind: string;
  amount: number;
  reference: string | null;
  expiresAt: Date | null;
  createdAt: Date;
}

export interface GrantLot {
  entryId: string;
  sequence: bigint;
  granted: number;
  remaining: number;
  expiresAt: Date;
  /** Set once expired by the job: the last sequence the lot took part in. */
  closedThrough: bigint | null;
}

export interface LotState {
  lots: GrantLot[];
  pool: number;
  balance: number;
}

type Allocation = { lot: GrantLot | null; amount: number }[];

/** `closed`: grant entry id → closedThroughSequence, from billing_token_grant_expiry. */
export function replayLots(rows: readonly LedgerRow[], closed: ReadonlyMap<string, bigint> = new Map()): LotState {
  const state: LotState = { lots: [], pool: 0, balance: 0 };
  const byId = new Map<string, GrantLot>();
  const drawn = new Map<string, Allocation>();
  const isOpen = (lot: GrantLot, sequence: bigint) => lot.closedThrough === null || sequence <= lot.closedThrough;
  for (const row of [...rows].sort((a, b) => (a.sequence < b.sequence ? -1 : a.sequence > b.sequence ? 1 : 0))) {
    state.balance += row.amount;
    if (row.amount > 0 && row.expiresAt) {
      const lot: GrantLot = {
        entryId: row.id,
        sequence: row.sequence,
        granted: row.amount,
        remaining: row.amount,
        expiresAt: row.expiresAt,
        closedThrough: closed.get(row.id) ?? null,
      };
      state.lots.push(lot);
      byId.set(row.id, lot);
    } else if (row.amount > 0) {
      state.pool += row.amount - restore(row, drawn, isOpen);
    } else if (row.kind === "expiry" && row.reference && byId.has(row.reference)) {
      const lot = byId.get(row.reference)!;
      lot.remaining -= -row.amount;
      lot.closedThrough = row.sequence;
    } else {
      drawn.set(row.id, draw(state, -row.amount, row, isOpen));
    }
  }
  return state;
}

function draw(state: LotState, amount: number, row: LedgerRow, isOpen: (lot: GrantLot, sequence: bigint) => boolean): Allocation {
  const allocation: Allocation = [];
  let left = amount;
  const take = (lot: GrantLot | null, available: number) => {
    const used = Math.min(left, available);
    if (used <= 0) return;
    left -= used;
    if (lot) lot.remaining -= used;
    else state.pool -= used;
    allocation.push({ lot, amount: used });
  };
  const open = state.lots.filter((lot) => isOpen(lot, row.sequence) && lot.remaining > 0);
  for (const lot of open) if (lot.expiresAt > row.createdAt) take(lot, lot.remaining);
  take(null, state.pool);
  for (const lot of open) if (lot.expiresAt <= row.createdAt) take(lot, lot.remaining);
  // Unreachable while balance >= 0 holds; kept in the pool so the sums still add up.
  if (left > 0) take(null, Number.POSITIVE_INFINITY);
  return allocation;
}

/** Gives a refund back to the lots its debit drew on; returns how much went back to lots. */
function restore(row: LedgerRow, drawn: Map<string, Allocation>, isOpen: (lot: GrantLot, sequence: bigint) => boolean): number {
  const allocation = row.kind === "refund" && row.reference ? drawn.get(row.reference) : undefined;
  if (!allocation) return 0;
  let left = row.amount;
  let restored = 0;
  for (let index = allocation.length - 1; index >= 0 && left > 0; index -= 1) {
    const part = allocation[index]!;
    const back = Math.min(left, part.amount);
    part.amount -= back;
    left -= back;
    if (part.lot && isOpen(part.lot, row.sequence)) {
      part.lot.remaining += back;
      restored += back;
    }
  }
  return restored;
}
